package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where an app runs and how it scales with load: --place, --selector, --autoscale-*. */
public final class PlacementOptions {
    @Option(names = "--place", paramLabel = "CLUSTER=N", description = "Run N instances on this cluster (local is this"
            + " machine); repeat for more. The replicas are then the sum.")
    Map<String, Integer> clusters;

    @Option(names = "--selector", paramLabel = "LABEL=VALUE", description = "Spread the replicas evenly over every"
            + " cluster with these labels; repeat for more labels.")
    Map<String, String> selector;

    @Option(names = "--autoscale-min", paramLabel = "N", description = "Autoscale on Kubernetes from N instances.")
    Integer min;

    @Option(names = "--autoscale-max", paramLabel = "N", description = "Autoscale on Kubernetes up to N instances.")
    Integer max;

    @Option(names = "--autoscale-cpu-percent", paramLabel = "P",
            description = "Autoscale to keep each instance at P%% of its requested CPU.")
    Integer cpuPercent;

    boolean placed() {
        return clusters != null || selector != null;
    }

    /** @param replicas the replicas asked for, null when not given */
    void addTo(ObjectNode body, Integer replicas) {
        if (clusters != null || selector != null) {
            ObjectNode placement = body.putObject("placement");
            if (clusters != null) {
                clusters.forEach(placement.putObject("clusters")::put);
            }
            if (selector != null) {
                selector.forEach(placement.putObject("selector")::put);
                if (replicas != null) {
                    placement.put("replicas", replicas);
                }
            }
        }
        if (min != null || max != null || cpuPercent != null) {
            ObjectNode autoscale = body.putObject("autoscale");
            if (min != null) {
                autoscale.put("min", min);
            }
            if (max != null) {
                autoscale.put("max", max);
            }
            if (cpuPercent != null) {
                autoscale.put("cpuPercent", cpuPercent);
            }
        }
    }
}
