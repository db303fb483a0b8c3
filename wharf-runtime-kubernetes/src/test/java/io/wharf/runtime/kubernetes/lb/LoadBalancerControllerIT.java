package io.wharf.runtime.kubernetes.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.PortStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller on a fabric8 mock API server, with the gateway played by {@link RecordingListeners}. */
class LoadBalancerControllerIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String OWNER = "lb:idc-a/shop/web:80";
    private final MockCluster cluster = MockCluster.start();
    private final KubernetesClient client = cluster.client();
    private final RecordingListeners listeners = new RecordingListeners();
    private LoadBalancerController controller = start(new PortRange(30000, 30002));

    @AfterEach
    void stop() {
        controller.close();
        cluster.close();
    }

    private LoadBalancerController start(PortRange range) {
        return new LoadBalancerController("idc-a", client, range, "127.0.0.1", listeners);
    }

    private void service(String name, String type, int... ports) {
        ServiceBuilder service = new ServiceBuilder().withNewMetadata().withNamespace("shop").withName(name)
                .endMetadata().withNewSpec().withType(type).endSpec();
        for (int port : ports) {
            service.editSpec().addNewPort().withName("p" + port).withPort(port).endPort().endSpec();
        }
        client.services().inNamespace("shop").resource(service.build()).createOr(existing -> existing.update());
    }

    private void endpoints(String name, int servicePort, int port, String... ips) {
        EndpointsBuilder endpoints = new EndpointsBuilder().withNewMetadata().withNamespace("shop").withName(name)
                .endMetadata();
        endpoints.addNewSubset().addNewPort().withName("p" + servicePort).withPort(port).endPort().endSubset();
        for (String ip : ips) {
            endpoints.editFirstSubset().addNewAddress().withIp(ip).endAddress().endSubset();
        }
        Endpoints built = endpoints.build();
        client.endpoints().inNamespace("shop").resource(built).createOr(existing -> existing.update());
    }

    private List<Integer> statusPorts(String name) {
        Service service = client.services().inNamespace("shop").withName(name).get();
        if (service == null || service.getStatus() == null || service.getStatus().getLoadBalancer() == null) {
            return List.of();
        }
        return service.getStatus().getLoadBalancer().getIngress().stream()
                .peek(ingress -> assertThat(ingress.getIp()).isEqualTo("127.0.0.1"))
                .map(LoadBalancerIngress::getPorts).flatMap(List::stream).map(PortStatus::getPort).toList();
    }

    @Test
    void aLoadBalancerServiceGetsAGatewayPortToItsReadyEndpointsAndItsIngressStatusSaysWhere() {
        service("web", "LoadBalancer", 80);
        endpoints("web", 80, 8080, "10.0.0.1", "10.0.0.2");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(listeners.open).containsOnlyKeys(30000);
            assertThat(listeners.open.get(30000).backends()).containsExactly(new BackendAddress("10.0.0.1", 8080),
                    new BackendAddress("10.0.0.2", 8080));
            assertThat(statusPorts("web")).containsExactly(30000);
        });
        assertThat(listeners.open.get(30000).owner()).isEqualTo(OWNER);
    }

    @Test
    void changedEndpointsMoveTheBackendsOnTheSamePortAndTheStatusIsNotRewritten() {
        service("web", "LoadBalancer", 80);
        endpoints("web", 80, 8080, "10.0.0.1");
        await().atMost(WAIT).until(() -> statusPorts("web").equals(List.of(30000)));
        cluster.forgetWrites();

        endpoints("web", 80, 8080, "10.0.0.3");

        await().atMost(WAIT).untilAsserted(() -> assertThat(listeners.open.get(30000).backends())
                .containsExactly(new BackendAddress("10.0.0.3", 8080)));
        assertThat(cluster.writes()).noneMatch(write -> write.contains("/services/"));
    }

    @Test
    void deletingTheServiceOrMakingItAClusterIpServiceClosesItsPort() {
        service("web", "LoadBalancer", 80);
        service("db", "LoadBalancer", 5432);
        await().atMost(WAIT).until(() -> listeners.open.size() == 2);

        client.services().inNamespace("shop").withName("web").delete();
        service("db", "ClusterIP", 5432);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(listeners.open).isEmpty();
            assertThat(statusPorts("db")).isEmpty();
        });
    }

    @Test
    void aRestartedControllerKeepsTheGatewayPortsTheStatusesSay() {
        service("web", "LoadBalancer", 80, 443);
        await().atMost(WAIT).until(() -> statusPorts("web").equals(List.of(30000, 30001)));
        controller.close();
        assertThat(listeners.open).isEmpty();
        // as a run before this one left it, written after the running controller stopped watching
        client.services().inNamespace("shop").withName("web").editStatus(s -> new ServiceBuilder(s).editStatus()
                .withLoadBalancer(IngressStatus.of("127.0.0.1", List.of(30002, 30000))).endStatus().build());

        controller = start(new PortRange(30000, 30002));

        await().atMost(WAIT).untilAsserted(() -> assertThat(listeners.open).containsOnlyKeys(30002, 30000));
        assertThat(listeners.open.get(30002).owner()).isEqualTo(OWNER);
        assertThat(statusPorts("web")).containsExactly(30002, 30000);
    }

    @Test
    void aServiceThatDoesNotFitInTheRangeGetsNoPortAndNoStatus() {
        service("web", "LoadBalancer", 80, 443);
        await().atMost(WAIT).until(() -> listeners.open.size() == 2);

        service("db", "LoadBalancer", 5432, 5433);

        await().atMost(WAIT).until(() -> statusPorts("db").isEmpty() && listeners.open.size() == 2);
        assertThat(listeners.open).containsOnlyKeys(30000, 30001);
        client.services().inNamespace("shop").withName("web").delete();
        await().atMost(WAIT).until(() -> statusPorts("db").size() == 2);
    }

    @Test
    void aPortTheGatewayCannotOpenIsSkipped() {
        listeners.refused.add(30000);

        service("web", "LoadBalancer", 80);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(listeners.open).containsOnlyKeys(30001);
            assertThat(statusPorts("web")).containsExactly(30001);
        });
    }
}
