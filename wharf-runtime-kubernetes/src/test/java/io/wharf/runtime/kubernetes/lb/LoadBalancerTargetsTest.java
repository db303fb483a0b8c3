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
        Service service = new ServiceBuilder().withNewMetadata().withNamespace("shop").withName("db").endMetadata()
                .withNewSpec().withType("LoadBalancer").addNewPort().withPort(5432).endPort().endSpec().build();
        Endpoints endpoints = new EndpointsBuilder().withNewMetadata().withNamespace("shop").withName("db")
                .endMetadata().addNewSubset().addNewAddress().withIp("127.0.0.1").endAddress()
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

    @Test
    void endpointsOfAnotherServiceOrOfTheSameNameInAnotherNamespaceLeadNowhere() {
        Endpoints otherName = new EndpointsBuilder(endpoints()).editMetadata().withName("db").endMetadata().build();
        Endpoints otherNamespace = new EndpointsBuilder(endpoints()).editMetadata().withNamespace("bank").endMetadata()
                .build();
        Endpoints noMetadata = new EndpointsBuilder(endpoints()).withMetadata(null).build();

        for (Endpoints foreign : List.of(otherName, otherNamespace, noMetadata)) {
            assertThat(LoadBalancerTargets.of(service("LoadBalancer"), foreign))
                    .containsExactly(new PortTargets(80, List.of()), new PortTargets(443, List.of()));
        }
    }

    @Test
    void anAddressWhoseTargetIsInAnotherNamespaceIsLeftOutAndOneInTheServicesNamespaceKept() {
        Endpoints endpoints = new EndpointsBuilder().withNewMetadata().withNamespace("shop").withName("web").endMetadata()
                .addNewSubset()
                .addNewAddress().withIp("10.0.0.1").withNewTargetRef().withKind("Pod").withNamespace("shop")
                .withName("web-a").endTargetRef().endAddress()
                .addNewAddress().withIp("10.0.7.7").withNewTargetRef().withKind("Pod").withNamespace("bank")
                .withName("vault-0").endTargetRef().endAddress()
                .addNewAddress().withIp("10.0.8.8").withNewTargetRef().withKind("Pod").withName("no-namespace")
                .endTargetRef().endAddress()
                .addNewPort().withName("http").withPort(8080).endPort()
                .endSubset().build();

        assertThat(LoadBalancerTargets.of(service("LoadBalancer"), endpoints).get(0).backends())
                .containsExactly(new BackendAddress("10.0.0.1", 8080));
    }
}
