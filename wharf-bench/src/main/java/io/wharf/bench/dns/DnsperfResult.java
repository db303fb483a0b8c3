package io.wharf.bench.dns;

import java.util.Locale;

/**
 * One dnsperf run.
 *
 * @param queriesPerSecond dnsperf's "Queries per second"
 * @param completed queries answered
 * @param lost queries not answered in time; a few hundred (about the queries in flight when the time limit
 *     hits, -q) are lost on every run, whatever the server
 * @param responseCodes dnsperf's "Response codes" summary, e.g. {@code NOERROR 32026 (100.00%)}
 */
record DnsperfResult(double queriesPerSecond, long completed, long lost, String responseCodes) {
    /** A progress line such as {@code wharf: 52345 qps (785000 completed, 0 lost, NOERROR 785000 (100.00%))}. */
    String line(String label, int outstanding) {
        String line = label + ": " + String.format(Locale.ROOT, "%.0f", queriesPerSecond) + " qps (" + completed
                + " completed, " + lost + " lost, " + responseCodes + ")";
        if (lost > Math.max(2L * outstanding, (completed + lost) / 100)) {
            line += " WARNING more than 1% of the queries were lost";
        }
        if (!responseCodes.isEmpty() && !responseCodes.matches("NOERROR \\d+ \\(100(\\.0+)?%\\)")) {
            line += " WARNING not every answer was NOERROR";
        }
        return line;
    }
}
