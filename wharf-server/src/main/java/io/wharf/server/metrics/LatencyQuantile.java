package io.wharf.server.metrics;

/** A quantile estimated from histogram bucket counts, interpolating linearly inside the bucket it falls in. */
final class LatencyQuantile {

    private LatencyQuantile() {
    }

    /**
     * @param boundsSeconds upper bounds of all buckets but the last, which is unbounded
     * @param counts        requests per bucket (not cumulative), one more than the bounds
     * @return the estimate in seconds, or null when there were no requests; a quantile in the
     *         unbounded bucket is reported as the last bound
     */
    static Double of(double q, double[] boundsSeconds, long[] counts) {
        if (q <= 0 || q >= 1) {
            throw new IllegalArgumentException("a quantile is between 0 and 1 exclusive, not " + q);
        }
        if (counts.length != boundsSeconds.length + 1) {
            throw new IllegalArgumentException("counts must have one more entry than bounds");
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        double rank = q * total;
        long below = 0;
        for (int i = 0; i < boundsSeconds.length; i++) {
            if (below + counts[i] >= rank && counts[i] > 0) {
                double lower = i == 0 ? 0 : boundsSeconds[i - 1];
                return lower + (boundsSeconds[i] - lower) * (rank - below) / counts[i];
            }
            below += counts[i];
        }
        return boundsSeconds[boundsSeconds.length - 1];
    }
}
