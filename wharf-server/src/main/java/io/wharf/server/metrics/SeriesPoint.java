package io.wharf.server.metrics;

import java.time.Instant;

/**
 * One step of an app's JSON series: requests and 5xx answers per second over the step, latency quantiles
 * (null without requests), CPU cores in use, memory working set, and instances ready at its end.
 */
public record SeriesPoint(Instant time, double requestRate, double errorRate, Double latencyP50Seconds,
                          Double latencyP95Seconds, double cpuCores, long memoryBytes, int instancesReady) {
}
