package io.wharf.server.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns an app's samples into one point per step, each from the last sample at or before the step's end. */
final class SeriesQuery {

    private final double[] boundsSeconds;

    SeriesQuery(long[] boundsMillis) {
        this.boundsSeconds = new double[boundsMillis.length];
        for (int i = 0; i < boundsMillis.length; i++) {
            boundsSeconds[i] = boundsMillis[i] / 1000.0;
        }
    }

    List<SeriesPoint> points(List<Sample> samples, Instant now, Duration window, Duration step) {
        List<SeriesPoint> points = new ArrayList<>();
        Instant start = now.minus(window);
        Sample previous = lastAtOrBefore(samples, start);
        for (Instant end = start.plus(step); !end.isAfter(now); end = end.plus(step)) {
            Sample current = lastAtOrBefore(samples, end);
            if (current != null && previous != null && current.time().isAfter(previous.time())) {
                points.add(point(previous, current));
            }
            if (current != null) {
                previous = current;
            }
        }
        return points;
    }

    private SeriesPoint point(Sample from, Sample to) {
        double seconds = Duration.between(from.time(), to.time()).toNanos() / 1e9;
        long[] latency = new long[to.latencyCounts().length];
        for (int i = 0; i < latency.length; i++) {
            latency[i] = Math.max(0, to.latencyCounts()[i] - from.latencyCounts()[i]);
        }
        return new SeriesPoint(to.time(),
                Math.max(0, to.requests() - from.requests()) / seconds,
                Math.max(0, to.errors() - from.errors()) / seconds,
                LatencyQuantile.of(0.5, boundsSeconds, latency),
                LatencyQuantile.of(0.95, boundsSeconds, latency),
                Math.max(0, to.cpuSeconds() - from.cpuSeconds()) / seconds,
                to.memoryBytes(), to.instancesReady());
    }

    private static Sample lastAtOrBefore(List<Sample> samples, Instant time) {
        Sample found = null;
        for (Sample sample : samples) {
            if (sample.time().isAfter(time)) {
                break;
            }
            found = sample;
        }
        return found;
    }
}
