package io.wharf.runtime.kubernetes.lb;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.Service;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the gateway's listeners and the status of one Service in line with the Service and its
 * Endpoints; idempotent. A port the gateway cannot open is never offered again and the Service gets
 * the next free one; a range with too few free ports leaves the Service without listeners and status.
 * Not thread-safe: the controller calls it from one thread.
 */
final class LoadBalancerReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(LoadBalancerReconciler.class);
    private final String cluster;
    private final String address;
    private final PortAllocations allocations;
    private final LoadBalancerListeners listeners;
    private final BiConsumer<Service, LoadBalancerStatus> statusWriter;
    private final Map<ServiceKey, Map<Integer, Integer>> open = new HashMap<>();
    private final Set<ServiceKey> unallocated = new HashSet<>();

    LoadBalancerReconciler(String cluster, String address, PortRange range, LoadBalancerListeners listeners,
                           BiConsumer<Service, LoadBalancerStatus> statusWriter) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.address = Objects.requireNonNull(address, "address");
        this.allocations = new PortAllocations(range);
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.statusWriter = Objects.requireNonNull(statusWriter, "statusWriter");
    }

    /** @param service null when it is gone; {@code endpoints} null when there are none */
    void reconcile(ServiceKey key, Service service, Endpoints endpoints) {
        List<PortTargets> targets = LoadBalancerTargets.of(service, endpoints);
        if (targets.isEmpty()) {
            forget(key);
            if (service != null && IngressStatus.isOurs(service, address)) {
                write(service, IngressStatus.none());
            }
            return;
        }
        List<Integer> servicePorts = targets.stream().map(PortTargets::servicePort).toList();
        Map<Integer, Integer> remembered = IngressStatus.remembered(service, address, servicePorts);
        while (true) {
            Optional<Map<Integer, Integer>> ports = allocations.allocate(key, servicePorts, remembered);
            if (ports.isEmpty()) {
                if (unallocated.add(key)) {
                    LOG.warn("cluster {}: Service {} gets no load balancer: its {} TCP port(s) do not fit in the"
                            + " free ports of the cluster's range", cluster, key, servicePorts.size());
                }
                closeAll(key);
                write(service, IngressStatus.none());
                return;
            }
            unallocated.remove(key);
            Optional<Integer> failed = route(key, targets, ports.get());
            if (failed.isEmpty()) {
                write(service, IngressStatus.of(address, ports.get().values()));
                return;
            }
            LOG.warn("cluster {}: gateway port {} cannot be opened for Service {}; trying another", cluster,
                    failed.get(), key);
            allocations.block(failed.get());
        }
    }

    /** How many gateway ports are given out; when it falls, the {@link #waiting()} Services may fit. */
    int allocated() {
        return allocations.allocated();
    }

    /** The Services that did not fit in the range. */
    Set<ServiceKey> waiting() {
        return Set.copyOf(unallocated);
    }

    /** Closes every listener; allocations are kept in the Services' statuses for the next start. */
    void closeAll() {
        Set.copyOf(open.keySet()).forEach(this::closeAll);
    }

    private Optional<Integer> route(ServiceKey key, List<PortTargets> targets, Map<Integer, Integer> ports) {
        Map<Integer, Integer> opened = open.computeIfAbsent(key, k -> new HashMap<>());
        opened.entrySet().removeIf(entry -> {
            boolean moved = !entry.getValue().equals(ports.get(entry.getKey()));
            if (moved) {
                listeners.close(entry.getValue(), owner(key, entry.getKey()));
            }
            return moved;
        });
        for (PortTargets target : targets) {
            int gatewayPort = ports.get(target.servicePort());
            if (!listeners.route(gatewayPort, owner(key, target.servicePort()), target.backends())) {
                return Optional.of(gatewayPort);
            }
            opened.put(target.servicePort(), gatewayPort);
        }
        return Optional.empty();
    }

    private void forget(ServiceKey key) {
        closeAll(key);
        allocations.release(key);
        unallocated.remove(key);
    }

    private void closeAll(ServiceKey key) {
        Map<Integer, Integer> opened = open.remove(key);
        if (opened != null) {
            opened.forEach((servicePort, gatewayPort) -> listeners.close(gatewayPort, owner(key, servicePort)));
        }
    }

    private void write(Service service, LoadBalancerStatus status) {
        if (!IngressStatus.current(service).equals(status)) {
            statusWriter.accept(service, status);
        }
    }

    private String owner(ServiceKey key, int servicePort) {
        return "lb:" + cluster + "/" + key + ":" + servicePort;
    }
}
