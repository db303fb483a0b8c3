package io.wharf.runtime.kubernetes.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildSecretsTest {
    @Test
    void putsEachCredentialInTheSecretThePodNames() {
        List<Secret> secrets = BuildSecrets.of(BuildPods.full("b1"), BuildPods.credentials());

        assertThat(secrets).extracting(s -> s.getMetadata().getName())
                .containsExactly("wharf-build-b1-git", "wharf-build-b1-registry", "wharf-build-b1-secrets");
        assertThat(decoded(secrets.get(0), "extraheader")).isEqualTo("Authorization: Basic "
                + Base64.getEncoder().encodeToString(("builder:" + BuildPods.GIT_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(secrets.get(1).getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        assertThat(decoded(secrets.get(1), ".dockerconfigjson")).contains("registry.example:5000", BuildPods.REGISTRY_PASSWORD);
        assertThat(decoded(secrets.get(2), "npm")).isEqualTo(BuildPods.NPM_TOKEN);
        assertThat(secrets).allSatisfy(s -> assertThat(s.getMetadata().getLabels()).containsEntry("wharf.io/build", "b1"));
    }

    @Test
    void refusesABuildSecretThatThePodDoesNotName() {
        BuildCredentials extra = new BuildCredentials(null, null, null, Map.of("npm", "x", "other", "y"));
        BuildPodSpec spec = new BuildPodSpec("b2", "shop", "web", "https://git.example/r.git", "main", null, null,
                null, List.of("npm"), "registry.example", "shop/web", "t", false, null, null, "s",
                java.time.Duration.ofMinutes(1));

        assertThatThrownBy(() -> BuildSecrets.of(spec, extra)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other").hasMessageNotContaining("y]");
    }

    @Test
    void neverShowsACredentialInItsText() {
        assertThat(BuildPods.credentials().toString()).doesNotContain(BuildPods.GIT_PASSWORD,
                BuildPods.REGISTRY_PASSWORD, BuildPods.NPM_TOKEN);
    }

    private static String decoded(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
}
