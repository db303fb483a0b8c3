package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.TestRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Apps whose image lives in a registry (a real docker-registry): pulled when local storage lacks it,
 * run by the digest the release recorded, failed within 10 s when the registry cannot give it, and
 * pulled with the system's credentials.
 */
class ImagePullIT extends AbstractReleaseIT {
    private static final Duration FAST_FAILURE = Duration.ofSeconds(10);

    @Test
    void anImageOnlyTheRegistryHasIsPulledAndEveryInstanceRunsTheDigestTheReleaseRecorded() {
        try (TestRegistry registry = TestRegistry.start()) {
            String image = registry.pushUnique(PodmanCli.HELLO_IMAGE_V2, "demo/hello:2");
            String digest = registry.digest("demo/hello:2");
            createHello(2);
            awaitReady(2);

            ApiClient.Response release = deploy("{\"image\": \"" + image + "\"}");

            assertThat(release.status()).as(release.body()).isEqualTo(201);
            assertThat(release.json().get("digest").asString()).isEqualTo(digest);
            String pinned = registry.image("demo/hello@" + digest);
            assertThat(release.json().get("image").asString()).isEqualTo(pinned);
            awaitPhase("Complete", Duration.ofSeconds(60));
            assertThat(versionThroughGateway()).isEqualTo("2");
            // the old instances are drained and stopped after the rollout completes
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(PodmanCli.containersOf(system, "hello"))
                    .hasSize(2).allSatisfy(id ->
                            assertThat(PodmanCli.podman("inspect", "--format", "{{.ImageName}}", id)).isEqualTo(pinned)));
            assertThat(api.get(appPath + "/releases/2").json().get("digest").asString()).isEqualTo(digest);
        }
    }

    @Test
    void aTagTheRegistryDoesNotHaveFailsTheRolloutWithinTenSecondsAndTheLastGoodReleaseKeepsServing() {
        try (TestRegistry registry = TestRegistry.start()) {
            createHello(2);
            awaitReady(2);

            long before = System.nanoTime();
            ApiClient.Response release = deploy("{\"image\": \"" + registry.image("demo/hello:nope") + "\"}");

            assertThat(release.status()).as(release.body()).isEqualTo(201);
            assertThat(release.json().get("digest").isNull()).isTrue();
            await().atMost(FAST_FAILURE.minusNanos(System.nanoTime() - before)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(events()).contains("RolloutFailed")
                            .contains("revision 2 cannot start").contains("manifest unknown"));
            assertThat(events()).contains("ImagePullFailed");
            assertThat(versionThroughGateway()).isEqualTo("1");
            awaitPhase("RolledBack", Duration.ofSeconds(60));
            assertThat(versionsOf(10)).containsOnlyKeys("1");
        }
    }

    @Test
    void aRegistryThatWantsALoginFailsFastWithoutTheSystemsCredentialsAndServesWithThem() {
        try (TestRegistry registry = TestRegistry.withUser("ci", "pull-Secret-9")) {
            String image = registry.pushUnique(PodmanCli.HELLO_IMAGE_V2, "demo/private:2");
            createHello(1);
            awaitReady(1);

            long before = System.nanoTime();
            assertThat(deploy("{\"image\": \"" + image + "\"}").status()).isEqualTo(201);
            await().atMost(FAST_FAILURE.minusNanos(System.nanoTime() - before)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(events()).contains("RolloutFailed").contains("authentication required"));
            awaitPhase("RolledBack", Duration.ofSeconds(60));

            String registries = "/api/v1/systems/" + system + "/registries";
            ApiClient.Response put = api.put(registries + "/" + registry.address(),
                    "{\"username\": \"ci\", \"password\": \"pull-Secret-9\"}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.body()).doesNotContain("pull-Secret-9");
            JsonNode listed = api.get(registries).json();
            assertThat(listed.size()).isEqualTo(1);
            assertThat(listed.get(0).get("host").asString()).isEqualTo(registry.address());
            assertThat(listed.get(0).get("username").asString()).isEqualTo("ci");
            assertThat(listed.toString()).doesNotContain("pull-Secret-9");

            ApiClient.Response release = deploy("{\"image\": \"" + image + "\"}");

            assertThat(release.status()).as(release.body()).isEqualTo(201);
            assertThat(release.json().get("digest").asString()).isEqualTo(registry.digest("demo/private:2"));
            awaitPhase("Complete", Duration.ofSeconds(60));
            assertThat(versionThroughGateway()).isEqualTo("2");
            assertThat(api.delete(registries + "/" + registry.address()).status()).isEqualTo(204);
            assertThat(api.get(registries).json().size()).isZero();
            assertThat(api.delete(registries + "/" + registry.address()).status()).isEqualTo(404);
        }
    }
}
