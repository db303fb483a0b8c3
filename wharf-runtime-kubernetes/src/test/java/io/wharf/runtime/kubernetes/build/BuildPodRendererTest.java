package io.wharf.runtime.kubernetes.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildPodRendererTest {
    private final BuildPodRenderer renderer = new BuildPodRenderer(BuildPodSettings.defaults());

    @Test
    void clonesBuildsAndPushesInThatOrderWithoutAShell() {
        Pod pod = renderer.render(BuildPods.plain("b1"));

        assertThat(pod.getSpec().getInitContainers()).extracting(Container::getName).containsExactly("clone", "build");
        assertThat(pod.getSpec().getContainers()).extracting(Container::getName).containsExactly("push");
        assertThat(container(pod, "clone").getCommand()).containsExactly("git", "clone", "--depth", "1",
                "--single-branch", "--no-tags", "--branch", "main", "--", "https://git.example/shop/web.git",
                "/workspace/src");
        assertThat(container(pod, "build").getCommand()).containsExactly("buildah", "--root",
                "/var/lib/wharf/storage/root", "--runroot", "/var/lib/wharf/storage/run", "--storage-driver", "vfs",
                "bud", "--isolation", "chroot", "--layers", "-f", "/workspace/src/Dockerfile",
                "-t", "registry.example:5000/shop/web:0123456789ab", "/workspace/src");
        assertThat(container(pod, "push").getCommand()).containsExactly("buildah", "--root",
                "/var/lib/wharf/storage/root", "--runroot", "/var/lib/wharf/storage/run", "--storage-driver", "vfs",
                "push", "--digestfile", "/dev/termination-log", "registry.example:5000/shop/web:0123456789ab",
                "docker://registry.example:5000/shop/web:0123456789ab");
        assertThat(pod.getSpec().getContainers().get(0).getTerminationMessagePolicy()).isEqualTo("File");
    }

    @Test
    void passesBuildArgumentsAsArgumentsAndBuildSecretsOnlyAsSecretFiles() {
        List<String> build = container(renderer.render(BuildPods.full("b2")), "build").getCommand();

        assertThat(build).containsSubsequence("-f", "/workspace/src/docker/Dockerfile")
                .containsSubsequence("--build-arg", "MODE=release", "--build-arg", "VERSION=1.2")
                .containsSubsequence("--secret", "id=npm,src=/run/wharf/secrets/npm")
                .containsSubsequence("--authfile", "/run/wharf/registry/.dockerconfigjson")
                .contains("--tls-verify=false")
                .endsWith("-t", "registry.example:5000/shop/web:0123456789ab", "/workspace/src/app");
    }

    @Test
    void clonesABranchNamedByItsFullRefByItsShortName() {
        assertThat(container(renderer.render(BuildPods.full("b3")), "clone").getCommand())
                .containsSubsequence("--branch", "main", "--");
    }

    @Test
    void holdsNoCredentialOnlyTheNamesOfTheSecretsThatDo() {
        Pod pod = renderer.render(BuildPods.full("b4"));
        String yaml = new KubernetesSerialization().asYaml(pod);

        assertThat(yaml).doesNotContain(BuildPods.GIT_PASSWORD, BuildPods.REGISTRY_PASSWORD, BuildPods.NPM_TOKEN,
                "builder", "pusher");
        assertThat(container(pod, "clone").getEnv()).anySatisfy(env -> {
            assertThat(env.getName()).isEqualTo("GIT_CONFIG_VALUE_0");
            assertThat(env.getValue()).isNull();
            assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo("wharf-build-b4-git");
        });
        assertThat(pod.getSpec().getVolumes()).filteredOn(v -> v.getSecret() != null).anySatisfy(v -> {
            assertThat(v.getSecret().getSecretName()).isEqualTo("wharf-build-b4-secrets");
            assertThat(v.getSecret().getDefaultMode()).isEqualTo(0400);
        });
    }

    @Test
    void refusesAGitUrlWithACredentialInIt() {
        assertThatThrownBy(() -> new BuildPodSpec("b5", "shop", "web", "https://u:p@git.example/r.git", "main", null,
                null, null, null, "registry.example", "shop/web", "t", false, null, null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gitSecret")
                .hasMessageNotContaining("u:p");
    }

    @Test
    void refusesADockerfileOutsideTheClone() {
        assertThatThrownBy(() -> new BuildPodSpec("b6", "shop", "web", "https://git.example/r.git", "main",
                "../etc/Dockerfile", null, null, null, "registry.example", "shop/web", "t", false, null, null, null,
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dockerfile");
    }

    @Test
    void neverRestartsEndsAtTheTimeoutAndMountsNoServiceAccountToken() {
        Pod pod = renderer.render(BuildPods.plain("b7"));

        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getSpec().getActiveDeadlineSeconds()).isEqualTo(1200L);
        assertThat(pod.getSpec().getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getMetadata().getNamespace()).isEqualTo("shop");
        assertThat(pod.getMetadata().getLabels()).containsEntry("wharf.io/system", "shop")
                .containsEntry("wharf.io/app", "web").containsEntry("wharf.io/build", "b7");
    }

    @Test
    void runsNothingPrivilegedAndTheCloneAsAUserWithoutCapabilities() {
        Pod pod = renderer.render(BuildPods.full("b8"));

        assertThat(pod.getSpec().getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        for (Container c : allContainers(pod)) {
            assertThat(c.getSecurityContext().getPrivileged()).as(c.getName()).isFalse();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(c.getName()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(c.getName()).containsExactly("ALL");
            assertThat(c.getSecurityContext().getCapabilities().getAdd()).as(c.getName()).doesNotContain("SYS_ADMIN");
        }
        assertThat(container(pod, "clone").getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container(pod, "clone").getSecurityContext().getCapabilities().getAdd()).isEmpty();
        assertThat(container(pod, "clone").getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    }

    @Test
    void limitsEveryContainerAsTheSettingsSay() {
        BuildPodSettings settings = new BuildPodSettings("git:1", "buildah:1", "1500m", "3Gi", "profiles/buildah.json");
        Pod pod = new BuildPodRenderer(settings).render(BuildPods.plain("b9"));

        for (Container c : allContainers(pod)) {
            assertThat(c.getResources().getLimits()).as(c.getName())
                    .isEqualTo(Map.of("cpu", new Quantity("1500m"), "memory", new Quantity("3Gi")));
        }
        assertThat(container(pod, "clone").getImage()).isEqualTo("git:1");
        assertThat(container(pod, "push").getImage()).isEqualTo("buildah:1");
        assertThat(container(pod, "build").getSecurityContext().getSeccompProfile().getLocalhostProfile())
                .isEqualTo("profiles/buildah.json");
    }

    static List<Container> allContainers(Pod pod) {
        return java.util.stream.Stream.concat(pod.getSpec().getInitContainers().stream(),
                pod.getSpec().getContainers().stream()).toList();
    }

    static Container container(Pod pod, String name) {
        return allContainers(pod).stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
