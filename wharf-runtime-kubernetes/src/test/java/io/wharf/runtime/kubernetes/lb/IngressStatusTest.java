package io.wharf.runtime.kubernetes.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.PortStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngressStatusTest {
    private static Service withStatus(LoadBalancerStatus status) {
        return new ServiceBuilder(LoadBalancerTargetsTest.service("LoadBalancer"))
                .withNewStatus().withLoadBalancer(status).endStatus().build();
    }

    @Test
    void theStatusIsOneIngressWithTheGatewayAddressAndItsTcpPortsInOrder() {
        LoadBalancerStatus status = IngressStatus.of("127.0.0.1", List.of(30001, 30000));

        assertThat(status.getIngress()).singleElement().satisfies(ingress -> {
            assertThat(ingress.getIp()).isEqualTo("127.0.0.1");
            assertThat(ingress.getPorts()).extracting(PortStatus::getPort, PortStatus::getProtocol)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(30001, "TCP"),
                            org.assertj.core.groups.Tuple.tuple(30000, "TCP"));
        });
        assertThat(IngressStatus.of("127.0.0.1", List.of())).isEqualTo(IngressStatus.none());
    }

    @Test
    void aStatusThisGatewayWroteIsReadBackAsTheGatewayPortOfEachServicePort() {
        Service service = withStatus(IngressStatus.of("127.0.0.1", List.of(30007, 30003)));

        assertThat(IngressStatus.remembered(service, "127.0.0.1", List.of(80, 443)))
                .isEqualTo(Map.of(80, 30007, 443, 30003));
        assertThat(IngressStatus.isOurs(service, "127.0.0.1")).isTrue();
    }

    @Test
    void anotherAddressesStatusOrOneForOtherPortsIsNotRemembered() {
        Service service = withStatus(IngressStatus.of("10.1.1.1", List.of(30007, 30003)));

        assertThat(IngressStatus.remembered(service, "127.0.0.1", List.of(80, 443))).isEmpty();
        assertThat(IngressStatus.remembered(withStatus(IngressStatus.of("127.0.0.1", List.of(30007))), "127.0.0.1",
                List.of(80, 443))).isEmpty();
        assertThat(IngressStatus.isOurs(service, "127.0.0.1")).isFalse();
        assertThat(IngressStatus.remembered(LoadBalancerTargetsTest.service("LoadBalancer"), "127.0.0.1",
                List.of(80))).isEmpty();
    }
}
