package io.wharf.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The little statistics benchmarks report: medians, ratios and numbers with two decimals. */
public final class Stats {
    private Stats() {
    }

    /** The middle value; with an even count, the mean of the two middle values. */
    public static double median(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@code ours / peer}; NaN when the peer took no time at all. */
    public static double ratio(double ours, double peer) {
        return peer > 0 ? ours / peer : Double.NaN;
    }

    /** Two decimals with a dot, whatever the locale: {@code 3.21}; {@code n/a} for NaN. */
    public static String twoDecimals(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
