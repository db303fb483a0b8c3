package io.wharf.engine.reconcile;

import java.time.Duration;
import java.time.Instant;

/** Exponential delay between attempts after failures: 1 s, 2 s, 4 s ... at most 30 s. */
public record Backoff(int failures, Instant notBefore) {
    static final Duration MAX = Duration.ofSeconds(30);
    public static final Backoff NONE = new Backoff(0, Instant.EPOCH);

    public Backoff next(Instant now) {
        long seconds = Math.min(MAX.toSeconds(), 1L << Math.min(failures, 5));
        return new Backoff(failures + 1, now.plusSeconds(seconds));
    }

    public boolean allows(Instant now) {
        return !now.isBefore(notBefore);
    }
}
