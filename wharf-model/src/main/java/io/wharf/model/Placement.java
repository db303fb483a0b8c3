package io.wharf.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an app's instances run: either a fixed count per named cluster ({@code clusters}), or the
 * app's replicas spread over every cluster whose labels match {@code selector}. The built-in
 * Podman cluster is named {@value #LOCAL}; an app without a placement runs there.
 */
public record Placement(Map<String, Integer> clusters, Map<String, String> selector, Spread spread) {
    public static final String LOCAL = "local";

    public Placement {
        clusters = clusters == null || clusters.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(clusters));
        selector = selector == null ? null : Collections.unmodifiableMap(new TreeMap<>(selector));
        spread = selector == null ? null : spread == null ? Spread.EVEN : spread;
    }

    public static Placement onClusters(Map<String, Integer> counts) {
        return new Placement(new LinkedHashMap<>(counts), null, null);
    }

    public static Placement bySelector(Map<String, String> selector) {
        return new Placement(null, selector, Spread.EVEN);
    }

    /** Whether the counts are fixed per cluster; then the app's replicas are their sum. */
    public boolean fixed() {
        return clusters != null;
    }

    /** The sum of fixed counts; 0 for a selector. */
    public int total() {
        return clusters == null ? 0 : clusters.values().stream().mapToInt(c -> c == null ? 0 : c).sum();
    }

    public void validate(Errors errors, String field, int maxReplicas) {
        if ((clusters == null) == (selector == null)) {
            errors.add(field, "needs exactly one of \"clusters\" (a count per cluster, for example {\"idc-a\": 3})"
                    + " or \"selector\" (cluster labels, for example {\"idc\": \"bj-1\"}) with \"replicas\"");
            return;
        }
        if (clusters != null) {
            clusters.forEach((name, count) -> {
                Names.check(errors, field + ".clusters", name);
                errors.check(count != null && count >= 0 && count <= maxReplicas, field + ".clusters." + name,
                        "must be a count between 0 and " + maxReplicas + ", was " + count);
            });
            errors.check(total() <= maxReplicas, field + ".clusters",
                    "places " + total() + " instances in all: at most " + maxReplicas);
        } else {
            errors.check(!selector.isEmpty(), field + ".selector", "needs at least one label, for example {\"idc\": \"bj-1\"}");
            LabelSyntax.check(errors, field + ".selector", selector);
        }
    }
}
