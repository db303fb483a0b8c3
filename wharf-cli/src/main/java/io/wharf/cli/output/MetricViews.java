package io.wharf.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Rows of {@code wharf top}: an app's newest metrics point as request and 5xx rates, latency quantiles, CPU
 * cores, memory working set and ready instances, in fixed columns so that rows printed apart still line up.
 */
public final class MetricViews {
    private static final String COLUMNS = "%-20s %8s %8s %8s %8s %6s %8s %5s";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private MetricViews() {
    }

    /** @param first "TIME" for one app's rows over time, "APP" for a system's apps */
    public static String header(String first) {
        return String.format(Locale.ROOT, COLUMNS, first, "REQ/S", "ERR/S", "P50", "P95", "CPU", "MEMORY", "READY")
                .stripTrailing() + "\n";
    }

    /** A row of one app's series headed by the newest point's time (UTC). */
    public static String timeRow(JsonNode series) {
        JsonNode point = newest(series);
        String time = point == null ? "-" : CLOCK.format(Instant.parse(point.path("time").asText()));
        return row(time, point);
    }

    /** A row of one app's series headed by the app's name. */
    public static String appRow(String app, JsonNode series) {
        return row(app, newest(series));
    }

    private static String row(String first, JsonNode point) {
        if (point == null) {
            return String.format(Locale.ROOT, COLUMNS, first, "-", "-", "-", "-", "-", "-", "-").stripTrailing() + "\n";
        }
        return String.format(Locale.ROOT, COLUMNS, first, rate(point.path("requestRate")), rate(point.path("errorRate")),
                latency(point.path("latencyP50Seconds")), latency(point.path("latencyP95Seconds")),
                String.format(Locale.ROOT, "%.2f", point.path("cpuCores").asDouble()),
                bytes(point.path("memoryBytes").asLong()), point.path("instancesReady").asText()).stripTrailing() + "\n";
    }

    /** Null when the series has no point yet (the app was sampled fewer than twice). */
    private static JsonNode newest(JsonNode series) {
        JsonNode points = series.path("points");
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    private static String rate(JsonNode perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond.asDouble());
    }

    private static String latency(JsonNode seconds) {
        if (seconds.isNull() || seconds.isMissingNode()) {
            return "-";
        }
        double millis = seconds.asDouble() * 1000;
        return millis < 1000 ? String.format(Locale.ROOT, "%.0fms", millis)
                : String.format(Locale.ROOT, "%.2fs", millis / 1000);
    }

    static String bytes(long bytes) {
        String[] units = {"B", "Ki", "Mi", "Gi", "Ti"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + "B" : String.format(Locale.ROOT, value < 10 ? "%.1f%s" : "%.0f%s", value, units[unit]);
    }
}
