package io.wharf.server.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import org.junit.jupiter.api.Test;

class ManifestsIT extends AbstractRunningServerIT {
    @Test
    void theManifestsOfAnAppAreTheYamlDocumentsWharfWouldApplyOnKubernetes() {
        createHello(2);

        ApiClient.Response manifests = api.get(appPath + "/manifests");

        assertThat(manifests.status()).as(manifests.body()).isEqualTo(200);
        assertThat(manifests.contentType()).startsWith("application/yaml");
        assertThat(manifests.body().split("(?m)^---\n")).filteredOn(d -> !d.isBlank()).hasSize(5);
        assertThat(manifests.body()).contains("kind: \"Namespace\"", "kind: \"Deployment\"", "replicas: 2",
                "image: \"localhost/wharf/hello:1\"", "host: \"hello." + system + ".wharf.localhost\"",
                "path: \"/healthz\"", "kind: \"PodDisruptionBudget\"");
    }

    @Test
    void theManifestsOfAMissingAppAreNotFound() {
        ApiClient.Response missing = api.get("/api/v1/systems/" + system + "/apps/nope/manifests");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("app " + system + "/nope");
    }

    @Test
    void askingForAClusterThatIsNotRegisteredIsNotFound() {
        createHello(1);

        ApiClient.Response missing = api.get(appPath + "/manifests?cluster=idc-a");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("cluster idc-a");
    }
}
