package io.wharf.runtime.kubernetes.lb;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Service and Endpoints in, what the gateway should serve out: each TCP port of a Service of type
 * LoadBalancer, with the ready addresses of its Endpoints at the matching endpoint port (matched by
 * the port's name, as the endpoints controller names them). Not-ready addresses are left out.
 * Only the Service's own Endpoints count (same name and namespace), and an address whose
 * {@code targetRef} names an object in another namespace is left out: a Service relays only to what
 * its own namespace runs, never to another system's pods.
 */
final class LoadBalancerTargets {
    static final String LOAD_BALANCER = "LoadBalancer";
    private static final Comparator<BackendAddress> ORDER =
            Comparator.comparing(BackendAddress::ip).thenComparingInt(BackendAddress::port);

    private LoadBalancerTargets() {
    }

    static boolean isLoadBalancer(Service service) {
        return service != null && service.getSpec() != null && LOAD_BALANCER.equals(service.getSpec().getType());
    }

    /** Empty unless the Service is of type LoadBalancer; {@code endpoints} may be null (none yet). */
    static List<PortTargets> of(Service service, Endpoints endpoints) {
        if (!isLoadBalancer(service) || service.getSpec().getPorts() == null) {
            return List.of();
        }
        return service.getSpec().getPorts().stream()
                .filter(port -> isTcp(port.getProtocol()) && port.getPort() != null)
                .map(port -> new PortTargets(port.getPort(), backends(service, port, endpoints)))
                .toList();
    }

    private static List<BackendAddress> backends(Service service, ServicePort port, Endpoints endpoints) {
        TreeSet<BackendAddress> found = new TreeSet<>(ORDER);
        if (endpoints == null || endpoints.getSubsets() == null || !sameObject(service, endpoints)) {
            return List.of();
        }
        String namespace = service.getMetadata().getNamespace();
        for (EndpointSubset subset : endpoints.getSubsets()) {
            for (EndpointPort endpointPort : nullSafe(subset.getPorts())) {
                if (isTcp(endpointPort.getProtocol()) && sameName(port.getName(), endpointPort.getName())
                        && endpointPort.getPort() != null) {
                    for (EndpointAddress address : nullSafe(subset.getAddresses())) {
                        if (!inNamespace(address, namespace)) {
                            continue;
                        }
                        found.add(new BackendAddress(address.getIp(), endpointPort.getPort()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Endpoints belong to the Service of the same name in the same namespace. */
    static boolean sameObject(Service service, Endpoints endpoints) {
        ObjectMeta s = service.getMetadata();
        ObjectMeta e = endpoints.getMetadata();
        return s != null && e != null && s.getName() != null && s.getNamespace() != null
                && s.getName().equals(e.getName()) && s.getNamespace().equals(e.getNamespace());
    }

    /** An address without a targetRef (a Service without selector) is the namespace's own writing. */
    private static boolean inNamespace(EndpointAddress address, String namespace) {
        ObjectReference target = address.getTargetRef();
        return target == null || namespace.equals(target.getNamespace());
    }

    private static boolean isTcp(String protocol) {
        return protocol == null || "TCP".equals(protocol);
    }

    private static boolean sameName(String a, String b) {
        return Objects.equals(a == null ? "" : a, b == null ? "" : b);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
