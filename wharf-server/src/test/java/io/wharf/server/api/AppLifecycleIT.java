package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.testkit.PodmanCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An app's instances run in real Podman containers, are replaced when they die, and follow scaling. */
class AppLifecycleIT extends AbstractRunningServerIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String app = appPath;

    private List<JsonNode> readyInstances() {
        return api.get(app + "/instances").json().valueStream().filter(i -> i.get("ready").asBoolean()).toList();
    }

    private void awaitReady(int count, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(readyInstances()).hasSize(count);
            assertThat(api.get(app).json().get("status").get("phase").asString()).isEqualTo("Available");
        });
    }

    private String get(String address) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void threeInstancesBecomeReadyAndEachAnswersHttpAtItsPublishedAddress() throws Exception {
        createHello(3);

        awaitReady(3, Duration.ofSeconds(10));

        for (JsonNode instance : readyInstances()) {
            String address = instance.get("address").asString();
            assertThat(address).startsWith("127.0.0.1:");
            assertThat(get(address)).contains("hello from " + instance.get("id").asString());
            assertThat(instance.get("revision").asLong()).isEqualTo(1);
            assertThat(instance.get("state").asString()).isEqualTo("running");
        }
        assertThat(PodmanCli.containersOf(system, "hello")).hasSize(3);
        JsonNode status = api.get(app).json().get("status");
        assertThat(status.get("readyReplicas").asInt()).isEqualTo(3);
        assertThat(status.get("message").asString()).isEqualTo("3/3 instances ready");
    }

    @Test
    void aKilledInstanceIsReplacedByAReadyOneAndAnEventSaysWhatHappened() throws Exception {
        createHello(3);
        awaitReady(3, Duration.ofSeconds(10));
        String victim = readyInstances().get(0).get("id").asString();

        PodmanCli.podman("kill", PodmanCli.podman("ps", "-q", "--filter", "label=wharf.io/instance=" + victim));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(readyInstances()).hasSize(3).noneMatch(i -> i.get("id").asString().equals(victim)));
        for (JsonNode instance : readyInstances()) {
            get(instance.get("address").asString());
        }
        List<JsonNode> events = api.get(app + "/events").json().valueStream().toList();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("type").asString()).isEqualTo("Warning");
            assertThat(e.get("reason").asString()).isEqualTo("Exited");
            assertThat(e.get("message").asString()).contains(victim).contains("replacement");
        });
        awaitReady(3, Duration.ofSeconds(10));
        assertThat(PodmanCli.containersOf(system, "hello")).hasSize(3);
    }

    @Test
    void scalingToZeroLeavesNoContainerAndScalingToFiveGivesFiveReadyInstances() {
        createHello(2);
        awaitReady(2, Duration.ofSeconds(10));

        assertThat(api.put(app + "/replicas", "{\"replicas\":0}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> PodmanCli.containersOf(system, "hello").isEmpty());
        awaitReady(0, Duration.ofSeconds(5));

        assertThat(api.put(app + "/replicas", "{\"replicas\":5}").status()).isEqualTo(200);
        awaitReady(5, Duration.ofSeconds(15));
        assertThat(PodmanCli.containersOf(system, "hello")).hasSize(5);
        assertThat(api.get(app + "/events").json().valueStream().map(e -> e.get("message").asString()))
                .contains("scaled from 0 to 5 replicas", "scaled from 2 to 0 replicas");
    }

    @Test
    void anImageThatDoesNotExistMakesTheAppDegradedWithTheReason() {
        api.post("/api/v1/systems/" + system + "/apps",
                "{\"name\":\"hello\",\"image\":\"localhost/wharf/missing:404\",\"replicas\":1}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode status = api.get(app).json().get("status");
            assertThat(status.get("phase").asString()).isEqualTo("Degraded");
            assertThat(status.get("message").asString()).contains("localhost/wharf/missing:404");
        });
        assertThat(api.get(app + "/events").json().valueStream().map(e -> e.get("reason").asString()))
                .contains("ImagePullFailed");
    }
}
