package io.wharf.server.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The last {@code capacity} samples of one app, oldest first; thread-safe. */
final class AppHistory {

    private final Sample[] ring;
    private int next;
    private int size;

    AppHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a history holds at least 2 samples, not " + capacity);
        }
        ring = new Sample[capacity];
    }

    synchronized void add(Sample sample) {
        ring[next] = sample;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** Samples taken at or after {@code from}, oldest first, plus the one before it (a rate needs a start). */
    synchronized List<Sample> since(Instant from) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Sample sample = ring[(next - size + i + ring.length) % ring.length];
            if (!sample.time().isBefore(from)) {
                if (out.isEmpty() && i > 0) {
                    out.add(ring[(next - size + i - 1 + ring.length) % ring.length]);
                }
                out.add(sample);
            }
        }
        return out;
    }
}
