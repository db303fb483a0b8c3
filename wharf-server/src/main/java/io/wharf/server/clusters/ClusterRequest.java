package io.wharf.server.clusters;

import java.util.Map;

/** The body of {@code POST /api/v1/clusters}. The kubeconfig is the text of a kubeconfig file. */
public record ClusterRequest(String name, String kind, String kubeconfig, Map<String, String> labels) {
    /** Never shows the kubeconfig. */
    @Override
    public String toString() {
        return "ClusterRequest[name=" + name + ", kind=" + kind + ", labels=" + labels
                + ", kubeconfig=" + (kubeconfig == null ? "null" : "(hidden)") + "]";
    }
}
