package io.wharf.server.clusters;

import io.wharf.runtime.kubernetes.ClassOverride;
import java.util.Map;

/** A cluster as the API shows it: never with its kubeconfig. {@code loadBalancer} is null when it has none. */
public record ClusterResponse(String name, String kind, Map<String, String> labels, LoadBalancer loadBalancer,
                              Map<String, ClassOverride> scheduling, ClusterHealth health) {
    /** The gateway ports the cluster's Services of type LoadBalancer get, as {@code FIRST-LAST}. */
    public record LoadBalancer(String ports) {
    }
}
