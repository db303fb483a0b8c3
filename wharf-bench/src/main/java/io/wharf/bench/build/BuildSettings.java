package io.wharf.bench.build;

import io.wharf.bench.BenchException;

/** What one run of the build benchmark does; checked when made. */
public record BuildSettings(int rounds, int warmup, String image, boolean keep) {
    public BuildSettings {
        require(rounds >= 1, "--rounds must be at least 1, was " + rounds);
        require(warmup >= 0, "--warmup must not be negative, was " + warmup);
        require(image != null && !image.isBlank(), "--image must name an image");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BenchException(message);
        }
    }
}
