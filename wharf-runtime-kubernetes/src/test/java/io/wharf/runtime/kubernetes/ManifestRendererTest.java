package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.App;
import io.wharf.model.AppType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestRendererTest {
    private final ManifestRenderer renderer = new ManifestRenderer(KubernetesSettings.defaults());

    @Test
    void theManifestHasOneDocumentPerObjectInApplyOrder() {
        List<String> documents = documents(renderer.render(TestApps.web()));

        assertThat(documents).hasSize(8);
        assertThat(documents).extracting(d -> d.lines().filter(l -> l.startsWith("kind: ")).findFirst().orElse(""))
                .containsExactly("kind: \"Namespace\"", "kind: \"ConfigMap\"", "kind: \"Secret\"", "kind: \"Secret\"",
                        "kind: \"Deployment\"", "kind: \"Service\"", "kind: \"Ingress\"",
                        "kind: \"PodDisruptionBudget\"");
    }

    @Test
    void renderingTwiceGivesTheSameText() {
        assertThat(renderer.render(TestApps.web())).isEqualTo(renderer.render(TestApps.web()));
    }

    @Test
    void theManifestNeverShowsASecretsValue() {
        String yaml = renderer.render(TestApps.web());

        assertThat(yaml).contains("name: \"web-secret-db-v1\"").doesNotContain("s3cret")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString("s3cret-db-1".getBytes()));
    }

    @ParameterizedTest
    @EnumSource(AppType.class)
    void everyDocumentOfEveryAppTypeIsAValidKubernetesObject(AppType type) throws Exception {
        for (String document : documents(renderer.render(TestApps.web(type)))) {
            assertThat(KubernetesSchema.problems(document)).as(document).isEmpty();
        }
    }

    @Test
    void theSchemaCheckFindsAnUnknownFieldAndAMissingRequiredOne() throws Exception {
        String deployment = documents(renderer.render(TestApps.web())).get(4);

        assertThat(KubernetesSchema.problems(deployment.replace("replicas:", "replica:")))
                .anyMatch(p -> p.contains("replica"));
        assertThat(KubernetesSchema.problems(deployment.replaceAll("\n +image: .*", "")))
                .anyMatch(p -> p.contains("image is required"));
    }

    @Test
    void anAppWithoutResourcesStillRendersValidObjects() throws Exception {
        App bare = new App("shop", "bare", 1, TestApps.template(AppType.BATCH).withImage("registry.example/bare:1"),
                1, TestApps.NOW, TestApps.NOW);
        for (String document : documents(renderer.render(bare))) {
            assertThat(KubernetesSchema.problems(document)).isEmpty();
        }
    }

    static List<String> documents(String yaml) {
        return Arrays.stream(yaml.split("(?m)^---\n")).filter(d -> !d.isBlank()).toList();
    }
}
