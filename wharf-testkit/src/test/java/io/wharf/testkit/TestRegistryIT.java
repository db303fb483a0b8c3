package io.wharf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestRegistryIT {
    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    @Test
    void anImagePushedFromLocalStorageIsServedWithItsDigest() {
        try (TestRegistry registry = TestRegistry.start()) {
            registry.push(PodmanCli.HELLO_IMAGE, "demo/hello:1");

            assertThat(registry.digest("demo/hello:1")).matches("sha256:[a-f0-9]{64}");
        }
    }

    @Test
    void aRegistryWithAUserRefusesAnonymousReadersAndServesTheUser() throws Exception {
        try (TestRegistry registry = TestRegistry.withUser("ci", "pushpull")) {
            registry.push(PodmanCli.HELLO_IMAGE, "demo/hello:1");

            int anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + registry.address() + "/v2/demo/hello/manifests/1")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(anonymous).isEqualTo(401);
            assertThat(registry.digest("demo/hello:1")).startsWith("sha256:");
        }
    }

    @Test
    void aUniqueImageIsOnlyInTheRegistry() {
        try (TestRegistry registry = TestRegistry.start()) {
            String image = registry.pushUnique(PodmanCli.HELLO_IMAGE, "demo/unique:1");

            assertThat(PodmanCli.run(java.util.List.of("podman", "image", "exists", image)).ok()).isFalse();
            assertThat(registry.digest("demo/unique:1")).startsWith("sha256:");
            assertThatThrownBy(() -> registry.digest("demo/unique:2")).hasMessageContaining("manifest unknown");
        }
    }
}
