package io.wharf.server.metrics;

import java.time.Duration;
import java.util.List;

/** The JSON answer of {@code GET .../apps/{app}/metrics}: one point per step over the window, oldest first. */
public record AppSeries(String system, String app, Duration window, Duration step, List<SeriesPoint> points) {
}
