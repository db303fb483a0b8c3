package io.wharf.model;

import java.time.Instant;

/**
 * One running (or dying) instance of an app as users see it. {@code address} is where it answers,
 * for example {@code 127.0.0.1:40123} on one machine; null when it publishes no port.
 */
public record Instance(String id, String state, boolean ready, String address, long revision, int restarts,
                       Instant startedAt) {
}
