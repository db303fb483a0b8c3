package io.wharf.server.clusters;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Reads one Kubernetes cluster's health through a fabric8 client built from its kubeconfig. */
final class KubernetesProbe {
    private KubernetesProbe() {
    }

    static ClusterHealth probe(String kubeconfig, Duration timeout) {
        Config config = Config.fromKubeconfig(kubeconfig);
        int millis = (int) timeout.toMillis();
        config.setConnectionTimeout(millis);
        config.setRequestTimeout(millis);
        config.setRequestRetryBackoffLimit(0);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            String version;
            try {
                version = client.getKubernetesVersion().getGitVersion();
            } catch (KubernetesClientException e) {
                return ClusterHealth.unreachable("the API server at " + config.getMasterUrl() + " did not answer: "
                        + describe(e));
            }
            try {
                List<Node> nodes = client.nodes().list().getItems();
                return new ClusterHealth(true, version, nodes.size(), allocatable(nodes), null);
            } catch (KubernetesClientException e) {
                return new ClusterHealth(true, version, null, null, "nodes are not readable: " + describe(e));
            }
        }
    }

    static ClusterHealth.Allocatable allocatable(List<Node> nodes) {
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memory = BigDecimal.ZERO;
        for (Node node : nodes) {
            Map<String, Quantity> capacity = node.getStatus() == null ? null : node.getStatus().getAllocatable();
            if (capacity == null) {
                continue;
            }
            cpu = cpu.add(amount(capacity.get("cpu")));
            memory = memory.add(amount(capacity.get("memory")));
        }
        return new ClusterHealth.Allocatable(cpu.stripTrailingZeros().toPlainString(), bytes(memory));
    }

    private static BigDecimal amount(Quantity quantity) {
        return quantity == null ? BigDecimal.ZERO : quantity.getNumericalAmount();
    }

    private static String bytes(BigDecimal memory) {
        BigDecimal whole = memory.setScale(0, java.math.RoundingMode.DOWN);
        String[] suffixes = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
        for (int i = 0; i < suffixes.length; i++) {
            BigDecimal unit = BigDecimal.valueOf(1024).pow(suffixes.length - i);
            if (whole.signum() > 0 && whole.remainder(unit).signum() == 0) {
                return whole.divide(unit).toPlainString() + suffixes[i];
            }
        }
        return whole.toPlainString();
    }

    private static String describe(KubernetesClientException e) {
        if (e.getCode() > 0) {
            String reason = e.getStatus() == null ? null : e.getStatus().getReason();
            return "HTTP " + e.getCode() + (reason == null ? "" : " " + reason);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
