package io.wharf.runtime.kubernetes.lb;

import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.LoadBalancerIngressBuilder;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.PortStatus;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A load-balanced Service's {@code status.loadBalancer} as the gateway serves it: one ingress with the
 * gateway's address and the gateway port of each TCP service port, in the Service's order. That order
 * is how a restarted server reads the ports back.
 */
final class IngressStatus {
    private IngressStatus() {
    }

    static LoadBalancerStatus of(String address, Collection<Integer> gatewayPorts) {
        if (gatewayPorts.isEmpty()) {
            return none();
        }
        LoadBalancerIngressBuilder ingress = new LoadBalancerIngressBuilder().withIp(address);
        gatewayPorts.forEach(port -> ingress.addNewPort().withPort(port).withProtocol("TCP").endPort());
        return new LoadBalancerStatus(List.of(ingress.build()));
    }

    static LoadBalancerStatus none() {
        return new LoadBalancerStatus(List.of());
    }

    static LoadBalancerStatus current(Service service) {
        LoadBalancerStatus status = service.getStatus() == null ? null : service.getStatus().getLoadBalancer();
        return status == null || status.getIngress() == null ? none() : status;
    }

    /** Whether the status was written by a gateway at {@code address}. */
    static boolean isOurs(Service service, String address) {
        return current(service).getIngress().stream().anyMatch(ingress -> address.equals(ingress.getIp()));
    }

    /** Service port to gateway port, read back from a status this gateway wrote for the same ports; else empty. */
    static Map<Integer, Integer> remembered(Service service, String address, List<Integer> servicePorts) {
        for (LoadBalancerIngress ingress : current(service).getIngress()) {
            List<PortStatus> ports = ingress.getPorts() == null ? List.of() : ingress.getPorts();
            if (address.equals(ingress.getIp()) && ports.size() == servicePorts.size()) {
                Map<Integer, Integer> byServicePort = new HashMap<>();
                for (int i = 0; i < ports.size(); i++) {
                    if (ports.get(i).getPort() != null) {
                        byServicePort.put(servicePorts.get(i), ports.get(i).getPort());
                    }
                }
                return byServicePort;
            }
        }
        return Map.of();
    }
}
