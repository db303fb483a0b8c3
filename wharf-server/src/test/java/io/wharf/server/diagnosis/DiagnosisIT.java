package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A catalogue of injected faults, one app each, run side by side on the real server with Podman (and
 * a fabric8 mock API server as a Kubernetes cluster with too small a node): the diagnosis names each
 * cause by its reason code within 10 s of the fault's injection, which is never later than when the
 * cause can be seen. A healthy app has no findings.
 */
class DiagnosisIT extends AbstractRunningServerIT {
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String quotaSystem = "itq-" + suffix;
    private final String cluster = "idc-small-" + suffix;
    private MockCluster small;

    /** A fault: the app it was injected into, when, and what the diagnosis must say. */
    private record Fault(String app, long injectedNanos, String reason, String message) {
    }

    @AfterEach
    void removeTheClusterAndTheQuotaSystem() {
        api.delete("/api/v1/systems/" + system + "?cascade=true");
        api.delete("/api/v1/systems/" + quotaSystem + "?cascade=true");
        if (small != null) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.delete("/api/v1/clusters/" + cluster).status()).isIn(204, 404));
            small.close();
        }
    }

    @Test
    void eachInjectedFaultIsNamedByItsReasonWithinTenSecondsAndAHealthyAppHasNone() {
        List<Fault> faults = new ArrayList<>();
        faults.add(create("nope", """
                {"name": "nope", "replicas": 1, "image": "localhost/wharf/nope:1", "port": 8080}""",
                "ImageMissing", "image localhost/wharf/nope:1 is not in local storage"));
        faults.add(create("crash", """
                {"name": "crash", "replicas": 1, "image": "localhost/wharf/hello:1",
                 "command": ["sh", "-c", "echo starting; echo no config >&2; exit 3"]}""",
                "CrashLoop", "with code 3"));
        faults.add(create("hog", """
                {"name": "hog", "replicas": 1, "image": "localhost/wharf/hello:1", "resources": {"memory": "16Mi"},
                 "command": ["sh", "-c", "x=a; while true; do x=$x$x; done"]}""",
                "OOMKilled", "OOMKilled at 16Mi"));
        faults.add(create("sick", """
                {"name": "sick", "replicas": 1, "image": "localhost/wharf/hello:1", "port": 8080,
                 "healthCheck": {"type": "http", "path": "/nope", "periodSeconds": 1}}""",
                "HealthCheckFailing", "health check GET /nope on port 8080 answered 404"));
        faults.add(create("deaf", """
                {"name": "deaf", "replicas": 1, "image": "localhost/wharf/hello:1", "port": 8080,
                 "command": ["httpd", "-f", "-p", "3000", "-h", "/tmp"],
                 "healthCheck": {"type": "http", "path": "/", "periodSeconds": 1}}""",
                "PortNotListening", "port 8080: nothing listens (the process listens on 3000)"));
        faults.add(exceedTheQuota());
        faults.add(placeOnTooSmallACluster());
        createHello(1);

        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (Fault fault : faults) {
            found.put(fault.app(), awaitFinding(fault));
        }

        found.forEach((app, finding) -> {
            assertThat(finding.get("evidence").size()).as(app + ": " + finding).isPositive();
            assertThat(finding.get("action").asString()).as(app).isNotBlank();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> "Available".equals(diagnosis(appPath).get("phase").asString()));
        assertThat(diagnosis(appPath).get("findings").isEmpty()).as(diagnosis(appPath).toString()).isTrue();
    }

    private Fault create(String app, String body, String reason, String message) {
        long injected = System.nanoTime();
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Fault("/api/v1/systems/" + system + "/apps/" + app, injected, reason, message);
    }

    /** A system whose quota allows the app's one instance and its rollout's surge, then a scale to two. */
    private Fault exceedTheQuota() {
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + quotaSystem + "\"}").status()).isEqualTo(201);
        assertThat(api.put("/api/v1/systems/" + quotaSystem + "/quota", "{\"instances\": 2}").status()).isEqualTo(200);
        String app = "/api/v1/systems/" + quotaSystem + "/apps/full";
        assertThat(api.post("/api/v1/systems/" + quotaSystem + "/apps", """
                {"name": "full", "replicas": 1, "image": "localhost/wharf/hello:1", "port": 8080}""").status()).isEqualTo(201);
        long injected = System.nanoTime();
        assertThat(api.put(app + "/replicas", "{\"replicas\": 2}").status()).isEqualTo(422);
        return new Fault(app, injected, "QuotaExhausted", "quota: 0 instances left");
    }

    /** A cluster of one node with 2 CPUs, and an app placed there whose instance asks for 4. */
    private Fault placeOnTooSmallACluster() {
        small = MockCluster.start();
        small.client().nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata()
                .withNewStatus().addToAllocatable("cpu", new Quantity("2")).addToAllocatable("memory", new Quantity("8Gi"))
                .endStatus().build()).create();
        ApiClient.Response registered = api.post("/api/v1/clusters", """
                {"name": "%s", "kind": "kubernetes", "kubeconfig": "%s"}"""
                .formatted(cluster, small.kubeconfig().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return create("big", """
                {"name": "big", "image": "registry.example/shop/web:1", "port": 8080, "resources": {"cpu": "4"},
                 "placement": {"clusters": {"%s": 1}}}""".formatted(cluster), "NoCapacity",
                "no cluster has capacity for 4 CPU");
    }

    private JsonNode awaitFinding(Fault fault) {
        Duration left = WITHIN.minusNanos(System.nanoTime() - fault.injectedNanos());
        JsonNode[] finding = new JsonNode[1];
        await().atMost(left.isNegative() ? Duration.ZERO : left).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode diagnosis = diagnosis(fault.app());
            finding[0] = diagnosis.get("findings").valueStream()
                    .filter(f -> f.get("reason").asString().equals(fault.reason())).findFirst().orElse(null);
            assertThat(finding[0]).as(fault.app() + ": " + diagnosis).isNotNull();
        });
        assertThat(finding[0].get("message").asString()).as(fault.app()).contains(fault.message());
        return finding[0];
    }

    private JsonNode diagnosis(String app) {
        ApiClient.Response response = api.get(app + "/diagnosis");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
