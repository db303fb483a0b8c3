package io.wharf.runtime.kubernetes.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerTargetsTest {
    static Service service(String type) {
        return new ServiceBuilder().withNewMetadata().withNamespace("shop").withName("web").endMetadata()
                .withNewSpec().withType(type)
                .addNewPort().withName("http").withPort(80).endPort()
                .addNewPort().withName("dns").withProtocol("UDP").withPort(53).endPort()
                .addNewPort().withName("https").withProtocol("TCP").withPort(443).endPort()
                .endSpec().build();
    }

    static Endpoints endpoints() {
        return new EndpointsBuilder().withNewMetadata().withNamespace("shop").withName("web").endMetadata()
                .addNewSubset()
                .addNewAddress().withIp("10.0.0.2").endAddress()
                .addNewAddress().withIp("10.0.0.1").endAddress()
                .addNewNotReadyAddress().withIp("10.0.0.9").endNotReadyAddress()
                .addNewPort().withName("http").withPort(8080).endPort()
                .addNewPort().withName("https").withPort(8443).endPort()
                .endSubset()
                .addNewSubset()
                .addNewAddress().withIp("10.0.1.1").endAddress()
                .addNewPort().withName("http").withPort(9090).endPort()
                .endSubset()
                .build();
    }

    @Test
    void eachTcpPortOfALoadBalancerServiceLeadsToTheReadyAddressesAtItsNamedEndpointPort() {
        assertThat(LoadBalancerTargets.of(service("LoadBalancer"), endpoints())).containsExactly(
                new PortTargets(80, List.of(new BackendAddress("10.0.0.1", 8080),
                        new BackendAddress("10.0.0.2", 8080), new BackendAddress("10.0.1.1", 9090))),
                new PortTargets(443, List.of(new BackendAddress("10.0.0.1", 8443),
                        new BackendAddress("10.0.0.2", 8443))));
    }

    @Test
    void withoutEndpointsThePortsAreStillServedWithNoBackends() {
        assertThat(LoadBalancerTargets.of(service("LoadBalancer"), null))
                .containsExactly(new PortTargets(80, List.of()), new PortTargets(443, List.of()));
    }

    @Test
    void anUnnamedPortMatchesAnUnnamedEndpointPort() {
        Service service = new ServiceBuilder().withNewSpec().withType("LoadBalancer")
                .addNewPort().withPort(5432).endPort().endSpec().build();
        Endpoints endpoints = new EndpointsBuilder().addNewSubset().addNewAddress().withIp("127.0.0.1").endAddress()
                .addNewPort().withPort(15432).endPort().endSubset().build();

        assertThat(LoadBalancerTargets.of(service, endpoints))
                .containsExactly(new PortTargets(5432, List.of(new BackendAddress("127.0.0.1", 15432))));
    }

    @Test
    void otherServiceTypesAndMissingServicesGetNothing() {
        assertThat(LoadBalancerTargets.of(service("ClusterIP"), endpoints())).isEmpty();
        assertThat(LoadBalancerTargets.of(service("NodePort"), endpoints())).isEmpty();
        assertThat(LoadBalancerTargets.of(null, endpoints())).isEmpty();
    }
}
