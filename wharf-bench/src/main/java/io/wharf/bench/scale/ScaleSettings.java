package io.wharf.bench.scale;

import io.wharf.bench.BenchException;

/** What one run of the scale benchmark does; checked when made. */
public record ScaleSettings(int instances, int rounds, int warmup, int parallelism, String image, boolean keep) {
    public ScaleSettings {
        require(instances >= 1, "--instances must be at least 1, was " + instances);
        require(rounds >= 1, "--rounds must be at least 1, was " + rounds);
        require(warmup >= 0, "--warmup must not be negative, was " + warmup);
        require(parallelism >= 1 && parallelism <= 256, "--parallelism must be between 1 and 256 (as Wharf's"
                + " wharf.engine.parallelism), was " + parallelism);
        require(image != null && !image.isBlank(), "--image must name an image");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BenchException(message);
        }
    }
}
