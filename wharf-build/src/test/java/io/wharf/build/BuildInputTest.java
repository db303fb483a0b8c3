package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildInputTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToTheDockerfileAtTheTopOfTheRepository() {
        assertThat(BuildInput.defaults().dockerfile()).isEqualTo("Dockerfile");
        assertThat(BuildInput.defaults().context()).isEqualTo(".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../Dockerfile", "/etc/passwd", "--file=/etc/passwd", "a/../../b", "a\\b", ""})
    void refusesDockerfilesAndContextsOutsideTheRepository(String path) {
        assertThatThrownBy(() -> new BuildInput(path, null, null, null)).isInstanceOf(BuildException.class);
        assertThatThrownBy(() -> new BuildInput(null, path, null, null)).isInstanceOf(BuildException.class);
    }

    @Test
    void refusesADockerfileThatLinksOutsideTheRepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("Dockerfile"), Path.of("/etc/hostname"));

        assertThatThrownBy(() -> RelativePath.resolve(repo, "dockerfile", "Dockerfile"))
                .isInstanceOf(BuildException.class).hasMessageContaining("links outside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ABC", "A-B", "--network", "A=B", "A B"})
    void refusesBuildArgumentNamesThatAreNotIdentifiers(String name) {
        assertThatThrownBy(() -> new BuildInput(null, null, Map.of(name, "x"), null)).isInstanceOf(BuildException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,src=/etc/shadow", "-x", "a b", "a=b"})
    void refusesSecretIdsThatCouldChangeTheSecretOption(String id) {
        assertThatThrownBy(() -> new BuildInput(null, null, null, Map.of(id, "x"))).isInstanceOf(BuildException.class);
    }

    @Test
    void neverShowsASecretsValue() {
        assertThat(new BuildInput(null, null, Map.of("MODE", "prod"), Map.of("npm", "tok-123456")).toString())
                .contains("npm").doesNotContain("tok-123456");
    }
}
