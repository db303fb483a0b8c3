package io.wharf.server.api;

import io.wharf.model.App;
import io.wharf.model.Autoscale;
import io.wharf.model.Errors;
import io.wharf.model.Placement;
import io.wharf.model.Resources;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Resolves the replicas, placement and autoscaling a create, PATCH or scale asks for into one
 * consistent set, recording field errors for what does not fit together.
 */
final class AppScaling {
    record Result(int replicas, Placement placement, Autoscale autoscale) {
    }

    private final int maxReplicas;
    private final Predicate<String> clusterExists;

    AppScaling(int maxReplicas, Predicate<String> clusterExists) {
        this.maxReplicas = maxReplicas;
        this.clusterExists = Objects.requireNonNull(clusterExists, "clusterExists");
    }

    /** @param base the app before the change; null on create */
    Result resolve(Integer replicas, PlacementBody placementBody, AutoscaleBody autoscaleBody, App base,
                   Resources resources, Errors errors) {
        Placement placement = placementBody != null ? placementBody.toModel(errors) : base == null ? null : base.placement();
        Autoscale autoscale = autoscaleBody != null ? autoscaleBody.toModel() : base == null ? null : base.autoscale();
        if (placement != null) {
            placement.validate(errors, "placement", maxReplicas);
            checkClusters(placement, errors);
        }
        if (autoscale != null) {
            autoscale.validate(errors, "autoscale", maxReplicas);
        }
        Integer count = count(replicas, placementBody, placement, autoscale, base, errors);
        if (count == null) {
            return new Result(0, placement, autoscale);
        }
        App.checkReplicas(errors, count, maxReplicas);
        if (autoscale != null && autoscale.min() != null && autoscale.max() != null) {
            errors.check(count >= autoscale.min() && count <= autoscale.max(), "replicas", "is " + count
                    + ", outside autoscale's range " + autoscale.min() + " to " + autoscale.max());
        }
        checkGpus(placement, count, resources, errors);
        return new Result(count, placement, autoscale);
    }

    private Integer count(Integer replicas, PlacementBody body, Placement placement, Autoscale autoscale, App base,
                          Errors errors) {
        if (placement != null && placement.fixed()) {
            int total = placement.total();
            errors.check(replicas == null || replicas == total, "replicas", "is " + replicas + " but the app is placed"
                    + " by fixed counts per cluster " + placement.clusters() + ", " + total
                    + " in all; change placement.clusters instead");
            return total;
        }
        Integer fromPlacement = placement != null && body != null ? body.replicas() : null;
        errors.check(fromPlacement == null || replicas == null || fromPlacement.equals(replicas), "placement.replicas",
                "is " + fromPlacement + " but replicas is " + replicas + "; give one of them");
        Integer count = fromPlacement != null ? fromPlacement : replicas != null ? replicas
                : base != null ? Integer.valueOf(base.replicas()) : autoscale != null ? autoscale.min() : null;
        if (count == null) {
            errors.add(placement != null ? "placement.replicas" : "replicas",
                    "is required: the number of instances to run, 0 to " + maxReplicas);
        }
        return count;
    }

    private void checkClusters(Placement placement, Errors errors) {
        if (placement.clusters() == null) {
            return;
        }
        placement.clusters().keySet().stream().filter(name -> !clusterExists.test(name)).forEach(name -> errors.add(
                "placement.clusters." + name, "no such cluster: register it with POST /api/v1/clusters, or use"
                        + " \"" + Placement.LOCAL + "\" for this machine"));
    }

    private static void checkGpus(Placement placement, int count, Resources resources, Errors errors) {
        if (resources == null || resources.gpus() == 0) {
            return;
        }
        boolean local = placement == null ? count > 0
                : placement.fixed() && placement.clusters().getOrDefault(Placement.LOCAL, 0) > 0;
        errors.check(!local, "resources.gpu", "the local cluster has no GPUs to give: place the app on a"
                + " Kubernetes cluster with a GPU pool (\"placement\")");
    }
}
