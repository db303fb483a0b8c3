package io.wharf.bench;

/** Elapsed wall-clock time from a monotonic clock. */
public final class Stopwatch {
    private final long startNanos;

    private Stopwatch(long startNanos) {
        this.startNanos = startNanos;
    }

    public static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
