package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient.Response;
import io.wharf.testkit.kubernetes.MockCluster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Services of type LoadBalancer on registered clusters (fabric8 mock API servers) served by the gateway:
 * the test plays the endpoints controller, pointing a Service's Endpoints at an echo server on 127.0.0.1.
 */
class LoadBalancerIT extends AbstractRunningServerIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String withLb = "lb-a-" + suffix;
    private final String withoutLb = "lb-b-" + suffix;
    @Autowired
    TcpGateway tcpGateway;
    MockCluster a;
    MockCluster b;
    EchoBackend echo;
    int firstPort;

    @BeforeEach
    void start() throws IOException {
        a = MockCluster.start();
        b = MockCluster.start();
        echo = new EchoBackend();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            firstPort = free.getLocalPort();
        }
    }

    @AfterEach
    void stop() throws IOException {
        api.delete("/api/v1/clusters/" + withLb);
        api.delete("/api/v1/clusters/" + withoutLb);
        a.close();
        b.close();
        echo.close();
    }

    private Response register(String name, MockCluster cluster, String loadBalancer) {
        return ClusterRegistrations.register(api, name, cluster.kubeconfig(), "\"loadBalancer\": " + loadBalancer);
    }

    private String range() {
        return "{\"ports\": \"%d-%d\"}".formatted(firstPort, firstPort + 9);
    }

    private void loadBalancedEcho(MockCluster cluster) {
        cluster.client().services().inNamespace("shop").resource(new ServiceBuilder()
                .withNewMetadata().withNamespace("shop").withName("echo").endMetadata()
                .withNewSpec().withType("LoadBalancer").addNewPort().withName("tcp").withPort(7).endPort().endSpec()
                .build()).create();
        cluster.client().endpoints().inNamespace("shop").resource(new EndpointsBuilder()
                .withNewMetadata().withNamespace("shop").withName("echo").endMetadata()
                .addNewSubset().addNewAddress().withIp("127.0.0.1").endAddress()
                .addNewPort().withName("tcp").withPort(echo.port()).endPort().endSubset()
                .build()).create();
    }

    private static Optional<LoadBalancerIngress> ingress(MockCluster cluster) {
        Service service = cluster.client().services().inNamespace("shop").withName("echo").get();
        if (service == null || service.getStatus() == null || service.getStatus().getLoadBalancer() == null) {
            return Optional.empty();
        }
        return service.getStatus().getLoadBalancer().getIngress().stream().findFirst();
    }

    private static String roundTrip(String host, int port, String line) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        }
    }

    @Test
    void aLoadBalancerServiceIsServedOnTheAddressItsStatusNamesUntilItIsDeleted() throws IOException {
        Response created = register(withLb, a, range());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("loadBalancer").get("ports").asString())
                .isEqualTo(firstPort + "-" + (firstPort + 9));

        loadBalancedEcho(a);

        LoadBalancerIngress ingress = await().atMost(WAIT).until(() -> ingress(a), Optional::isPresent).get();
        assertThat(ingress.getIp()).isEqualTo("127.0.0.1");
        assertThat(ingress.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getProtocol()).isEqualTo("TCP");
            assertThat(p.getPort()).isBetween(firstPort, firstPort + 9);
        });
        int gatewayPort = ingress.getPorts().get(0).getPort();
        assertThat(roundTrip(ingress.getIp(), gatewayPort, "hello through the gateway"))
                .isEqualTo("hello through the gateway");

        a.client().services().inNamespace("shop").withName("echo").delete();

        await().atMost(WAIT).untilAsserted(() -> assertThatThrownBy(() -> new Socket("127.0.0.1", gatewayPort).close())
                .isInstanceOf(ConnectException.class));
    }

    @Test
    void aClusterRegisteredWithoutTheOptionGetsNoListenerAndNoStatus() {
        Response registered = register(withoutLb, b, "null");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("loadBalancer").isNull()).isTrue();
        assertThat(register(withLb, a, range()).status()).isEqualTo(201);
        Set<Integer> before = tcpGateway.ports();

        loadBalancedEcho(b);
        loadBalancedEcho(a);

        int served = await().atMost(WAIT).until(() -> ingress(a), Optional::isPresent).get().getPorts().get(0).getPort();
        Set<Integer> expected = new HashSet<>(before);
        expected.add(served);
        assertThat(tcpGateway.ports()).isEqualTo(expected);
        assertThat(ingress(b)).isEmpty();
    }

    @Test
    void aBadPortRangeIsA422ThatNamesTheField() {
        Response tooMany = register(withLb, a, "{\"ports\": \"30000-31500\"}");
        Response privileged = register(withLb, a, "{\"ports\": \"80-90\"}");
        Response missing = register(withLb, a, "{}");

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.body()).contains("loadBalancer.ports", "at most 1000");
        assertThat(privileged.status()).isEqualTo(422);
        assertThat(privileged.body()).contains("loadBalancer.ports", "1024 <= FIRST");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("loadBalancer.ports", "is required");
        assertThat(api.get("/api/v1/clusters/" + withLb).status()).isEqualTo(404);
    }
}
