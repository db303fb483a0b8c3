package io.wharf.server.metrics;

import io.wharf.model.AppKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the sampler last saw of every app: its instances (replaced whole, so a removed instance's series go
 * with it) and its history for the JSON series.
 */
final class Readings {

    private final int capacity;
    private final Map<AppKey, List<InstanceReading>> instances = new ConcurrentHashMap<>();
    private final Map<AppKey, AppHistory> histories = new ConcurrentHashMap<>();

    Readings(int capacity) {
        this.capacity = capacity;
    }

    void record(AppKey app, List<InstanceReading> seen, Sample sample) {
        instances.put(app, List.copyOf(seen));
        histories.computeIfAbsent(app, k -> new AppHistory(capacity)).add(sample);
    }

    /** Forgets every app not in {@code existing}. */
    void retain(Set<AppKey> existing) {
        instances.keySet().retainAll(existing);
        histories.keySet().retainAll(existing);
    }

    Map<AppKey, List<InstanceReading>> instances() {
        return Map.copyOf(instances);
    }

    List<Sample> history(AppKey app, Instant from) {
        AppHistory history = histories.get(app);
        return history == null ? List.of() : history.since(from);
    }
}
