package io.wharf.server.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.testkit.PodmanCli;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Quotas on the real server with real Podman: what passes a quota is refused, says what is left, and starts nothing. */
class QuotaIT extends AbstractRunningServerIT {
    private final String quotaPath = "/api/v1/systems/" + system + "/quota";

    @Test
    void overQuotaCreateScaleDeployAutoscaleAndABlueGreenSecondSetAreRefusedAndNoContainerStarts() {
        assertThat(api.put(quotaPath, "{\"instances\": 3, \"cpu\": \"1500m\"}").status()).isEqualTo(200);
        createHelloWithHalfACpu(2); // 2 replicas + 1 of rolling surge = 3 instances, 1500m
        await().atMost(Duration.ofSeconds(60)).until(() -> readyIds().size() == 2);
        List<String> before = PodmanCli.containersOf(system);
        assertThat(before).hasSize(2);

        ApiClient.Response create = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "other", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1}""");
        assertRefused(create, "replicas", "quota: 0 of 3 instances left; this change needs 2 instances more");
        assertThat(api.get("/api/v1/systems/" + system + "/apps/other").status()).isEqualTo(404);

        assertRefused(api.put(appPath + "/replicas", "{\"replicas\": 3}"), "replicas",
                "quota: 0 of 3 instances left; this change needs 1 instance more");
        assertRefused(api.post(appPath + "/releases", "{\"image\": \"localhost/wharf/hello:2\","
                + " \"resources\": {\"cpu\": \"600m\"}}"), "resources.cpu",
                "quota: 0 of 1500m CPU left; this change needs 300m CPU more");
        ApiClient.Response blueGreen = api.post(appPath + "/releases",
                "{\"image\": \"localhost/wharf/hello:2\", \"strategy\": {\"type\": \"blue-green\"}}");
        assertRefused(blueGreen, "replicas", "quota: 0 of 3 instances left; this change needs 1 instance more");
        assertThat(errors(blueGreen)).anySatisfy(e -> assertThat(e.get("field").asString()).isEqualTo("resources.cpu"));
        assertRefused(api.patch(appPath, "{\"autoscale\": {\"min\": 2, \"max\": 4, \"cpuPercent\": 70}}"), "replicas",
                "quota: 0 of 3 instances left; this change needs 2 instances more");

        JsonNode app = api.get(appPath).json();
        assertThat(app.get("replicas").asInt()).isEqualTo(2);
        assertThat(app.get("revision").asLong()).isEqualTo(1);
        assertThat(api.get(appPath + "/releases").json().size()).isEqualTo(1);
        assertThat(PodmanCli.containersOf(system)).as("podman ps after the refusals").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aRollbackAndAPromotionPastALoweredQuotaAreRefusedAndNoContainerStarts() {
        String source = system + "-b";
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + source + "\"}").status()).isEqualTo(201);
        try {
            createHelloWithHalfACpu(1); // revision 1: 1 + 1 of surge at 500m = 1000m
            ApiClient.Response smaller = api.post(appPath + "/releases", "{\"resources\": {\"cpu\": \"400m\"}}");
            assertThat(smaller.status()).as(smaller.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> "Complete".equals(
                    api.get(appPath + "/rollout").json().get("phase").asString())
                    && PodmanCli.containersOf(system).size() == 1);
            assertThat(api.post("/api/v1/systems/" + source + "/apps", """
                    {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 0,
                     "resources": {"cpu": "500m"}}""").status()).isEqualTo(201);
            assertThat(api.put(quotaPath, "{\"cpu\": \"900m\"}").status()).isEqualTo(200);
            List<String> before = PodmanCli.containersOf(system);

            String refused = "quota: 100m of 900m CPU left; this change needs 200m CPU more";
            assertRefused(api.post(appPath + "/rollback", "{\"revision\": 1}"), "resources.cpu", refused);
            assertRefused(api.post(appPath + "/releases", "{\"from\": \"" + source + "\"}"), "resources.cpu", refused);

            assertThat(api.get(appPath).json().get("revision").asLong()).isEqualTo(2);
            assertThat(PodmanCli.containersOf(system)).as("podman ps after the refusals")
                    .containsExactlyInAnyOrderElementsOf(before);
        } finally {
            api.delete("/api/v1/systems/" + source + "?cascade=true");
        }
    }

    @Test
    void getShowsTheLimitAndWhatTheSystemUsesWithTheRolloutPeakCounted() {
        assertThat(api.get(quotaPath).json().get("limit").get("instances").isNull()).isTrue();
        ApiClient.Response put = api.put(quotaPath, "{\"instances\": 10, \"cpu\": \"4\", \"memory\": \"8Gi\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        createHelloWithHalfACpu(2);

        JsonNode quota = api.get(quotaPath).json();
        assertThat(quota.get("limit").get("instances").asLong()).isEqualTo(10);
        assertThat(quota.get("limit").get("cpu").asString()).isEqualTo("4");
        assertThat(quota.get("limit").get("memory").asString()).isEqualTo("8Gi");
        assertThat(quota.get("limit").get("gpu").isNull()).isTrue();
        assertThat(quota.get("used").get("instances").asLong()).isEqualTo(3);
        assertThat(quota.get("used").get("cpu").asString()).isEqualTo("1500m");
        assertThat(quota.get("used").get("memory").asString()).isEqualTo("192Mi");

        assertThat(api.delete(quotaPath).status()).isEqualTo(204);
        assertThat(api.get(quotaPath).json().get("limit").get("cpu").isNull()).isTrue();
    }

    @Test
    void anInvalidQuotaIsRefusedNamingTheFieldAndAnUnknownSystemIsNotFound() {
        ApiClient.Response invalid = api.put(quotaPath, "{\"cpu\": \"lots\", \"memory\": \"8Gb\", \"instances\": -1}");
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(errors(invalid)).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("cpu", "memory", "instances");
        assertThat(api.get(quotaPath).json().get("limit").get("instances").isNull()).as("nothing stored").isTrue();
        assertThat(api.get("/api/v1/systems/no-such-system/quota").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/systems/no-such-system/quota", "{\"instances\": 1}").status()).isEqualTo(404);
    }

    @Test
    void deletingTheSystemDeletesItsQuota() {
        assertThat(api.put(quotaPath, "{\"instances\": 1}").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/systems/" + system + "?cascade=true").status()).isEqualTo(204);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + system + "\"}").status()).isEqualTo(201);
        assertThat(api.get(quotaPath).json().get("limit").get("instances").isNull()).isTrue();
    }

    private void createHelloWithHalfACpu(int replicas) {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": %d,
                 "resources": {"cpu": "500m", "memory": "64Mi"},
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""".formatted(replicas));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void assertRefused(ApiClient.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).as(response.body()).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("message").asString()).isEqualTo(message);
        });
    }

    private static List<JsonNode> errors(ApiClient.Response response) {
        return response.json().get("errors").valueStream().toList();
    }
}
