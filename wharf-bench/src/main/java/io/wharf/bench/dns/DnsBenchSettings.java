package io.wharf.bench.dns;

import io.wharf.bench.BenchException;

/** What one run of the dns benchmark does; checked when made. */
record DnsBenchSettings(int durationSeconds, int warmupSeconds, int rounds, int threads, int names, int clients,
                        int outstanding, boolean keep) {
    static final String SYSTEM = "bench";
    static final String ZONE = "wharf.localhost";

    DnsBenchSettings {
        require(durationSeconds >= 1, "--duration must be at least 1 second, was " + durationSeconds);
        require(warmupSeconds >= 0, "--warmup must not be negative, was " + warmupSeconds);
        require(rounds >= 1, "--rounds must be at least 1, was " + rounds);
        require(threads >= 1 && threads <= 64, "--threads must be between 1 and 64, was " + threads);
        require(names >= 1 && names <= 100_000, "--names must be between 1 and 100000, was " + names);
        require(clients >= 1, "--clients must be at least 1, was " + clients);
        require(outstanding >= 1, "--outstanding must be at least 1, was " + outstanding);
    }

    /** The n-th app's name: {@code app<n>.bench.wharf.localhost}. */
    static String name(int n) {
        return app(n) + "." + SYSTEM + "." + ZONE;
    }

    static String app(int n) {
        return "app" + n;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BenchException(message);
        }
    }
}
