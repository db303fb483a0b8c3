package io.wharf.server.api;

import io.wharf.model.Errors;
import io.wharf.model.Placement;
import io.wharf.model.Spread;
import java.util.Map;

/**
 * Where an app runs, as it travels in JSON: {@code {"clusters": {"idc-a": 3, "idc-b": 2}}}, or
 * {@code {"selector": {"idc": "bj-1"}, "replicas": 4, "spread": "even"}}.
 */
public record PlacementBody(Map<String, Integer> clusters, Map<String, String> selector, Integer replicas,
                            String spread) {
    static PlacementBody of(Placement placement, int replicas) {
        if (placement == null) {
            return null;
        }
        return placement.fixed() ? new PlacementBody(placement.clusters(), null, null, null)
                : new PlacementBody(null, placement.selector(), replicas, placement.spread().wireName());
    }

    Placement toModel(Errors errors) {
        Spread parsed = spread == null ? Spread.EVEN : Spread.parse(spread).orElseGet(() -> {
            errors.add("placement.spread", "must be one of " + Spread.allowedValues() + ", was '" + spread + "'");
            return Spread.EVEN;
        });
        errors.check(clusters == null || replicas == null, "placement.replicas",
                "goes with \"selector\" only: with \"clusters\" the app's replicas are the sum of the counts");
        return new Placement(clusters, selector, parsed);
    }
}
