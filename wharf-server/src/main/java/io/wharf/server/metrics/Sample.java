package io.wharf.server.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading of an app: the gateway's running totals (requests, 5xx answers, cumulative-free latency
 * bucket counts), and the summed usage of its instances at that moment.
 */
record Sample(Instant time, long requests, long errors, long[] latencyCounts, double cpuSeconds, long memoryBytes,
              int instancesReady) {
    Sample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(latencyCounts, "latencyCounts");
        latencyCounts = latencyCounts.clone();
    }
}
