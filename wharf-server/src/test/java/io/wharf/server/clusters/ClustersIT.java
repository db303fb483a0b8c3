package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.wharf.server.ApiClient;
import io.wharf.server.ApiClient.Response;
import io.wharf.server.OwnHome;
import io.wharf.testkit.Homes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The cluster registry on the running server, against fabric8 mock API servers (CRUD for nodes, with
 * expectations for the version and for refusals) and a port where nothing listens.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClustersIT {
    private static final Path HOME = Homes.create("clusters-it");
    private static final String CLUSTERS = "/api/v1/clusters";
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String token = "tok-" + UUID.randomUUID();
    private final List<KubernetesMockServer> servers = new ArrayList<>();
    @LocalServerPort
    int port;
    ApiClient api;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
    }

    @BeforeEach
    void connect() throws IOException {
        api = OwnHome.admin(port, HOME);
    }

    @AfterEach
    void stopTheMockServers() {
        servers.forEach(KubernetesMockServer::destroy);
    }

    private KubernetesMockServer mockServer() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false,
                new VersionInfo.Builder().withMajor("1").withMinor("30").withGitVersion("v1.30.2").build());
        server.init(InetAddress.getLoopbackAddress(), 0);
        servers.add(server);
        return server;
    }

    private static String url(KubernetesMockServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    private static void addNode(KubernetesClient client, String name, String cpu, String memory) {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().withNewStatus()
                .addToAllocatable("cpu", new Quantity(cpu)).addToAllocatable("memory", new Quantity(memory))
                .endStatus().build()).create();
    }

    private Response register(String name, String kubeconfig, String labels) {
        return ClusterRegistrations.register(api, name, kubeconfig, "\"labels\": " + labels);
    }

    private static String quoted(String text) {
        return ClusterRegistrations.quoted(text);
    }

    private JsonNode listed(String name) {
        Response list = api.get(CLUSTERS);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aRegisteredClusterIsListedReachableWithItsVersionNodesAndSummedAllocatable() {
        KubernetesMockServer server = mockServer();
        try (KubernetesClient client = server.createClient()) {
            addNode(client, "node-1", "4", "8Gi");
            addNode(client, "node-2", "3500m", "16Gi");
        }
        String name = "idc-a-" + suffix;

        Response created = register(name, TestKubeconfigs.forServer(url(server), token), "{\"idc\": \"bj-1\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode cluster = listed(name);
        assertThat(cluster.get("kind").asString()).isEqualTo("kubernetes");
        assertThat(cluster.get("labels").get("idc").asString()).isEqualTo("bj-1");
        JsonNode health = cluster.get("health");
        assertThat(health.get("reachable").asBoolean()).as(cluster.toString()).isTrue();
        assertThat(health.get("serverVersion").asString()).isEqualTo("v1.30.2");
        assertThat(health.get("nodes").asInt()).isEqualTo(2);
        assertThat(health.get("allocatable").get("cpu").asString()).isEqualTo("7.5");
        assertThat(health.get("allocatable").get("memory").asString()).isEqualTo("24Gi");
        assertThat(api.get(CLUSTERS + "/" + name).json().get("health")).isEqualTo(health);
    }

    @Test
    void aClusterWhoseServerIsDownIsUnreachableWithAMessageWithinSeconds() throws IOException {
        String name = "down-" + suffix;
        assertThat(register(name, TestKubeconfigs.forServer("http://127.0.0.1:" + closedPort(), token), "{}").status())
                .isEqualTo(201);

        long start = System.nanoTime();
        JsonNode health = listed(name).get("health");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(health.get("reachable").asBoolean()).isFalse();
        assertThat(health.get("message").asString()).isNotBlank();
        assertThat(health.get("nodes").isNull()).isTrue();
    }

    @Test
    void aClusterThatAcceptsConnectionsButNeverAnswersIsUnreachableWithinSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String name = "silent-" + suffix;
            register(name, TestKubeconfigs.forServer("http://127.0.0.1:" + silent.getLocalPort(), token), "{}");

            long start = System.nanoTime();
            JsonNode health = api.get(CLUSTERS + "/" + name).json().get("health");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(health.get("reachable").asBoolean()).isFalse();
            assertThat(health.get("message").asString()).isNotBlank();
        }
    }

    @Test
    void aClusterWhoseNodesCannotBeReadIsReachableWithoutNodesAndSaysWhy() {
        KubernetesMockServer server = mockServer();
        server.expect().get().withPath("/api/v1/nodes").andReturn(403, new StatusBuilder().withCode(403)
                .withReason("Forbidden").withMessage("nodes is forbidden").build()).always();
        String name = "no-nodes-" + suffix;
        register(name, TestKubeconfigs.forServer(url(server), token), "{}");

        JsonNode health = api.get(CLUSTERS + "/" + name).json().get("health");

        assertThat(health.get("reachable").asBoolean()).isTrue();
        assertThat(health.get("serverVersion").asString()).isEqualTo("v1.30.2");
        assertThat(health.get("nodes").isNull()).isTrue();
        assertThat(health.get("allocatable").isNull()).isTrue();
        assertThat(health.get("message").asString()).contains("nodes are not readable", "403");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAnd422AndNothingIsStored() {
        String before = api.get(CLUSTERS).body();

        Response bad = api.post(CLUSTERS, """
                {"name": "Bad_Name", "kind": "openshift", "kubeconfig": "{{{ %s", "labels": {"bad key": "x", "idc": "no way!"}}"""
                .formatted(token));

        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "kind", "kubeconfig", "labels.bad key", "labels.idc");
        assertThat(bad.body()).doesNotContain(token);
        assertThat(api.get(CLUSTERS).body()).isEqualTo(before);
    }

    @Test
    void aClustersSchedulingOverridesAreShownAndShapeWhatIsAppliedThere() throws IOException {
        String name = "idc-s-" + suffix;
        Response created = api.post(CLUSTERS, """
                {"name": "%s", "kind": "kubernetes", "kubeconfig": %s,
                 "scheduling": {"offline": {"priorityClassName": "wharf-batch", "requestPercent": 30,
                                            "preferredNodeLabels": {"wharf.io/pool": "mixed"}}}}"""
                .formatted(name, quoted(TestKubeconfigs.forServer("http://127.0.0.1:" + closedPort(), token))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("scheduling").get("offline").get("priorityClassName").asString())
                .isEqualTo("wharf-batch");
        String system = "sched-" + suffix;
        assertThat(api.post("/api/v1/systems", "{\"name\": \"" + system + "\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "crawler", "image": "registry.example/crawler:1", "type": "offline",
                 "resources": {"cpu": "1", "memory": "512Mi"}, "placement": {"clusters": {"%s": 2}}}"""
                .formatted(name)).status()).isEqualTo(201);

        Response yaml = api.get("/api/v1/systems/" + system + "/apps/crawler/manifests?cluster=" + name);

        assertThat(yaml.status()).as(yaml.body()).isEqualTo(200);
        assertThat(yaml.body()).contains("priorityClassName: \"wharf-batch\"", "cpu: \"300m\"", "mixed");
        assertThat(api.delete("/api/v1/systems/" + system + "?cascade=true").status()).isEqualTo(204);
    }

    @Test
    void badSchedulingOverridesAre422sNamingTheirFields() {
        Response bad = api.post(CLUSTERS, """
                {"name": "idc-x-%s", "kind": "kubernetes", "kubeconfig": %s,
                 "scheduling": {"web": {}, "batch": {"priorityClassName": "Not_A_Name", "requestPercent": 0,
                                                     "requiredNodeLabels": {"bad key": "x"}},
                                "offline": {"priorityClassName": "system-node-critical"}}}"""
                .formatted(suffix, quoted(TestKubeconfigs.forServer("http://127.0.0.1:1", token))));

        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("scheduling.web", "scheduling.batch.priorityClassName",
                        "scheduling.batch.requestPercent", "scheduling.batch.requiredNodeLabels.bad key",
                        "scheduling.offline.priorityClassName");
        assertThat(bad.body()).contains("wharf-online", "wharf-offline", "wharf-batch");
    }

    @Test
    void aMissingKubeconfigIs422AndAnUnknownFieldIs400() {
        Response missing = api.post(CLUSTERS, "{\"name\": \"x-" + suffix + "\", \"kind\": \"kubernetes\"}");
        Response unknown = api.post(CLUSTERS, "{\"name\": \"x-" + suffix + "\", \"kind\": \"kubernetes\", \"zone\": 1}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("kubeconfig");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.get(CLUSTERS + "/x-" + suffix).status()).isEqualTo(404);
    }

    @Test
    void aSecondClusterOfTheSameNameIsAConflictAndLocalCannotBeCreated() throws IOException {
        String name = "twice-" + suffix;
        String kubeconfig = TestKubeconfigs.forServer("http://127.0.0.1:" + closedPort(), token);
        assertThat(register(name, kubeconfig, "{\"idc\": \"a\"}").status()).isEqualTo(201);

        Response again = register(name, kubeconfig, "{\"idc\": \"b\"}");
        Response local = register("local", kubeconfig, "{}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(local.status()).as(local.body()).isEqualTo(409);
        assertThat(api.get(CLUSTERS + "/" + name).json().get("labels").get("idc").asString()).isEqualTo("a");
        assertThat(listed("local").get("kind").asString()).isEqualTo("podman");
    }

    @Test
    void theClusterApiNeedsTheAdminToken() {
        assertThat(api.send("GET", CLUSTERS, null, null).status()).isEqualTo(401);
        assertThat(api.send("POST", CLUSTERS, "{}", "wrong").status()).isEqualTo(401);
    }

    @Test
    void localIsAlwaysListedHealthyAndCannotBeDeleted() {
        Response delete = api.delete(CLUSTERS + "/local");

        assertThat(delete.status()).isEqualTo(409);
        assertThat(api.get(CLUSTERS).json().get(0).get("name").asString()).isEqualTo("local");
        assertThat(listed("local").get("health").get("reachable").asBoolean()).isTrue();
    }

    @Test
    void deletingAClusterForgetsItAndASecondDeleteIsNotFound() throws IOException {
        String name = "gone-" + suffix;
        register(name, TestKubeconfigs.forServer("http://127.0.0.1:" + closedPort(), token), "{}");

        Response deleted = api.delete(CLUSTERS + "/" + name);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(CLUSTERS + "/" + name).status()).isEqualTo(404);
        assertThat(api.get(CLUSTERS).json().valueStream().map(c -> c.get("name").asString())).doesNotContain(name);
        assertThat(api.delete(CLUSTERS + "/" + name).status()).isEqualTo(404);
    }

    @Test
    void theKubeconfigAppearsInNoResponseAndNoLogLine(CapturedOutput output) throws IOException {
        KubernetesMockServer server = mockServer();
        String name = "quiet-" + suffix;
        String good = TestKubeconfigs.forServer(url(server), token);
        List<Response> responses = new ArrayList<>();

        responses.add(register(name, good, "{}"));
        responses.add(register(name, good, "{}"));
        responses.add(register("other-" + suffix, good, "{\"bad key\": \"x\"}"));
        responses.add(register("down-" + suffix, TestKubeconfigs.forServer("http://127.0.0.1:" + closedPort(), token), "{}"));
        responses.add(api.post(CLUSTERS, "{\"name\": \"x\", \"kubeconfig\": " + quoted(good) + ", \"extra\": 1}"));
        responses.add(api.get(CLUSTERS));
        responses.add(api.get(CLUSTERS + "/" + name));
        responses.add(api.delete(CLUSTERS + "/" + name));

        assertThat(responses).extracting(Response::status).containsExactly(201, 409, 422, 201, 400, 200, 200, 204);
        for (Response response : responses) {
            assertThat(response.body()).doesNotContain(token);
        }
        assertThat(output.getAll()).as("the server's log lines of this test were captured")
                .contains("cluster " + name + " registered", "cluster " + name + " deleted").doesNotContain(token);
    }
}
