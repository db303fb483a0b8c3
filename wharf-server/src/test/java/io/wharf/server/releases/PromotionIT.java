package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.testkit.PodmanCli;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Environments are systems: a release moves from test to production exactly, image by digest and config. */
class PromotionIT extends AbstractReleaseIT {

    @Test
    void promotingDeploysTheSourceReleasesImageByDigestAndItsConfigButKeepsTheTargetsOwnSecrets() {
        String testing = system + "-test";
        assertThat(api.post("/api/v1/systems", "{\"name\": \"" + testing + "\"}").status()).isEqualTo(201);
        try {
            String source = "/api/v1/systems/" + testing + "/apps/hello";
            assertThat(api.post("/api/v1/systems/" + testing + "/apps", """
                    {"name": "hello", "image": "localhost/wharf/hello:2", "port": 8080, "replicas": 0}""").status())
                    .isEqualTo(201);
            assertThat(api.put(source + "/configs/app", "{\"path\": \"/tmp/www/app.conf\", \"content\": \"tested\\n\"}")
                    .status()).isEqualTo(201);
            createHello(1);
            awaitReady(1);
            assertThat(api.put(appPath + "/secrets/db", "{\"value\": \"prod-only\"}").status()).isEqualTo(201);

            ApiClient.Response promoted = deploy("{\"from\": \"" + testing + "\"}");

            assertThat(promoted.status()).as(promoted.body()).isEqualTo(201);
            String digest = PodmanCli.podman("image", "inspect", "--format", "{{.Digest}}", PodmanCli.HELLO_IMAGE_V2);
            assertThat(promoted.json().get("image").asString()).isEqualTo("localhost/wharf/hello@" + digest);
            assertThat(promoted.json().get("configs").toString()).contains("/tmp/www/app.conf");
            assertThat(promoted.json().get("secrets").toString()).contains("\"db\"");
            awaitPhase("Complete", Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(versionThroughGateway()).isEqualTo("2"));
            assertThat(api.get(appPath + "/configs/app").body()).contains("tested");
        } finally {
            api.delete("/api/v1/systems/" + testing + "?cascade=true");
        }
    }
}
