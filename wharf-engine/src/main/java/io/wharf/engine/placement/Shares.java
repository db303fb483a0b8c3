package io.wharf.engine.placement;

import io.wharf.model.App;
import io.wharf.model.Autoscale;
import io.wharf.model.Placement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of an app's instances each cluster runs: a pure function of the app's placement and the
 * clusters' labels. Fixed counts are taken as they are; a selector divides the replicas evenly over
 * the matching clusters in name order, the first ones taking one more when it does not divide.
 */
public final class Shares {
    private Shares() {
    }

    /**
     * @param clusterLabels the registered clusters with their labels; the local cluster, which has
     *                      none (so that no selector matches it), need not be among them
     */
    public static Map<String, Integer> of(App app, Map<String, Map<String, String>> clusterLabels) {
        Placement placement = app.placementOrLocal();
        if (placement.fixed()) {
            return new LinkedHashMap<>(placement.clusters());
        }
        List<String> matching = clusterLabels.entrySet().stream()
                .filter(e -> !Placement.LOCAL.equals(e.getKey()))
                .filter(e -> e.getValue().entrySet().containsAll(placement.selector().entrySet()))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < matching.size(); i++) {
            shares.put(matching.get(i), app.replicas() / matching.size() + (i < app.replicas() % matching.size() ? 1 : 0));
        }
        return shares;
    }

    /** How many of the app's instances run on the local cluster. */
    public static int local(App app) {
        return of(app, Map.of()).getOrDefault(Placement.LOCAL, 0);
    }

    /** The app as one cluster should run it: its share of the replicas and of the autoscaling range. */
    public static App forCluster(App app, int share) {
        return app.withScaling(share, app.placement(), autoscale(app.autoscale(), share, app.replicas()),
                app.changedAt());
    }

    /** A cluster with a share of the instances scales within the same share of the range, at least 1. */
    static Autoscale autoscale(Autoscale whole, int share, int total) {
        if (whole == null || total == 0 || share == total) {
            return whole;
        }
        int min = Math.max(1, Math.round((float) whole.min() * share / total));
        int max = Math.max(min, Math.round((float) whole.max() * share / total));
        return new Autoscale(min, max, whole.cpuPercent());
    }
}
