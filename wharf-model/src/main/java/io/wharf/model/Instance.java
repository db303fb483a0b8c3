package io.wharf.model;

import java.time.Instant;

/**
 * One running (or dying) instance of an app as users see it. {@code address} is where it answers,
 * for example {@code 127.0.0.1:40123} on one machine; null when it publishes no port. {@code cluster}
 * is where it runs; its {@code state} is {@value #UNKNOWN} while that cluster cannot be reached.
 */
public record Instance(String id, String state, boolean ready, String address, long revision, int restarts,
                       Instant startedAt, String cluster) {
    public static final String UNKNOWN = "unknown";

    public Instance(String id, String state, boolean ready, String address, long revision, int restarts,
                    Instant startedAt) {
        this(id, state, ready, address, revision, restarts, startedAt, Placement.LOCAL);
    }
}
