package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodmanCommandsTest {
    private final PodmanCommands podman = new PodmanCommands("podman");

    @Test
    void passesSecretsAsSecretFilesAndNeverAsBuildArguments() {
        List<String> argv = podman.build(Path.of("/w/src/Dockerfile"), Path.of("/w/src"), "127.0.0.1:7050/s/a:abc",
                Map.of("MODE", "-prod"), Map.of("npm", Path.of("/w/secret-npm")));

        assertThat(argv).containsExactly("podman", "build", "--layers=true", "--file=/w/src/Dockerfile",
                "--tag=127.0.0.1:7050/s/a:abc", "--build-arg=MODE=-prod", "--secret=id=npm,src=/w/secret-npm", "/w/src");
    }

    @Test
    void skipsTlsVerificationOnlyForRegistriesOnLoopback() {
        Path digest = Path.of("/w/digest");

        assertThat(podman.push("127.0.0.1:7050/s/a:abc", digest)).contains("--tls-verify=false", "--digestfile=/w/digest");
        assertThat(podman.push("localhost:5000/s/a:abc", digest)).contains("--tls-verify=false");
        assertThat(podman.push("harbor.example.org/s/a:abc", digest)).doesNotContain("--tls-verify=false");
        assertThat(podman.push("127.0.0.1.example.org/s/a:abc", digest)).doesNotContain("--tls-verify=false");
        assertThat(podman.pull("harbor.example.org/s/a@sha256:00")).doesNotContain("--tls-verify=false");
    }

    @Test
    void namesTheImageAfterRegistrySystemAndApp() {
        assertThat(ImageName.repository("127.0.0.1:7050", "shop", "web")).isEqualTo("127.0.0.1:7050/shop/web");
    }
}
