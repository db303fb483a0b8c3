package io.wharf.server.clusters;

import io.wharf.runtime.kubernetes.ClassOverride;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/clusters}. The kubeconfig is the text of a kubeconfig file;
 * {@code loadBalancer} (optional) serves the cluster's Services of type LoadBalancer on the gateway;
 * {@code scheduling} (optional) overrides the scheduling class of app types on this cluster;
 * {@code insecure} must be true for a kubeconfig that sets {@code insecure-skip-tls-verify}.
 */
public record ClusterRequest(String name, String kind, String kubeconfig, Map<String, String> labels,
                             LoadBalancer loadBalancer, Map<String, ClassOverride> scheduling, Boolean insecure) {
    /** Whether the kubeconfig may skip the server's certificate check ({@code insecure-skip-tls-verify}). */
    public boolean allowsInsecure() {
        return Boolean.TRUE.equals(insecure);
    }

    /** {@code ports}: the gateway ports its Services may get, such as {@code 30000-30100}. */
    public record LoadBalancer(String ports) {
    }

    /** Never shows the kubeconfig. */
    @Override
    public String toString() {
        return "ClusterRequest[name=" + name + ", kind=" + kind + ", labels=" + labels + ", loadBalancer=" + loadBalancer
                + ", scheduling=" + scheduling + ", insecure=" + insecure + ", kubeconfig=" + (kubeconfig == null ? "null" : "(hidden)") + "]";
    }
}
