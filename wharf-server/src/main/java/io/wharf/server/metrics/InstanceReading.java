package io.wharf.server.metrics;

import io.wharf.engine.runtime.InstanceStats;
import java.util.Objects;

/** The last reading of one instance: where it runs, how often it restarted, and its usage (null: unknown). */
record InstanceReading(String instance, String cluster, int restarts, InstanceStats stats) {
    InstanceReading {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(cluster, "cluster");
    }
}
