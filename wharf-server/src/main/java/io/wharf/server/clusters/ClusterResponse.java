package io.wharf.server.clusters;

import java.util.Map;

/** A cluster as the API shows it: never with its kubeconfig. */
public record ClusterResponse(String name, String kind, Map<String, String> labels, ClusterHealth health) {
}
