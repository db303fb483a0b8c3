package io.wharf.bench.gateway;

import io.wharf.bench.Stats;
import java.util.Locale;

/**
 * One wrk run.
 *
 * @param requestsPerSecond wrk's Requests/sec
 * @param p50Millis the median latency
 * @param p99Millis the 99th percentile latency
 * @param non2xx responses that were not 2xx or 3xx (a proxy answering 502 is fast and wrong)
 * @param socketErrors wrk's socket error summary, empty when there were none
 */
public record WrkResult(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, String socketErrors) {
    /** A progress line such as {@code wharf: 41234 req/s p50=1.42ms p99=3.21ms}, with a warning when requests failed. */
    public String line(String label) {
        String line = label + ": " + String.format(Locale.ROOT, "%.0f", requestsPerSecond) + " req/s p50="
                + Stats.twoDecimals(p50Millis) + "ms p99="
                + Stats.twoDecimals(p99Millis) + "ms";
        if (non2xx > 0) {
            line += " WARNING " + non2xx + " non-2xx/3xx responses";
        }
        if (!socketErrors.isEmpty()) {
            line += " WARNING socket errors:" + " " + socketErrors;
        }
        return line;
    }
}
