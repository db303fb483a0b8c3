package io.wharf.server.clusters;

import io.wharf.engine.EngineException;
import io.wharf.runtime.kubernetes.KubernetesRuntimeProvider;
import io.wharf.runtime.kubernetes.lb.LoadBalancerController;
import io.wharf.runtime.kubernetes.lb.LoadBalancerListeners;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A load balancer controller for each registered cluster that asked for one, serving at {@code address}. */
final class LoadBalancers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadBalancers.class);
    private final String address;
    private final LoadBalancerListeners listeners;
    private final Map<String, LoadBalancerController> open = new ConcurrentHashMap<>();

    LoadBalancers(String address, LoadBalancerListeners listeners) {
        this.address = Objects.requireNonNull(address, "address");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
    }

    /** Starts the cluster's controller, replacing one it had; a cluster without a port range gets none. */
    void open(ClusterRows.Row row, String kubeconfig) {
        close(row.name());
        if (row.loadBalancerPorts() == null) {
            return;
        }
        try {
            open.put(row.name(), LoadBalancerController.owning(row.name(),
                    KubernetesRuntimeProvider.client(row.name(), kubeconfig), row.loadBalancerPorts(), address,
                    listeners));
        } catch (EngineException e) {
            LOG.error("cluster {}: no load balancer: {}", row.name(), e.getMessage());
        }
    }

    void close(String name) {
        LoadBalancerController controller = open.remove(name);
        if (controller != null) {
            controller.close();
        }
    }

    @Override
    public void close() {
        Map.copyOf(open).keySet().forEach(this::close);
    }
}
