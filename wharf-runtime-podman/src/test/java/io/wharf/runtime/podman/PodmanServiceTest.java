package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PodmanServiceTest {
    @TempDir
    Path home;

    @Test
    void withoutPodmanOnThePathItSaysToInstallPodmanAndRunc() {
        PodmanService service = new PodmanService(home.resolve("bin").toString());

        assertThatThrownBy(() -> service.socket(null, home))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("install podman and runc");
    }

    @Test
    void podmanIsFoundOnThePathWithoutAShell() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path podman = Files.createFile(bin.resolve("podman"));
        podman.toFile().setExecutable(true);

        assertThat(new PodmanService("/nonexistent:" + bin).podmanBinary()).contains(podman);
        assertThat(new PodmanService("").podmanBinary()).isEmpty();
    }

    @Test
    void aHomeTooLongForAUnixSocketIsRefusedWithAHint() {
        Path deep = home.resolve("a".repeat(60)).resolve("b".repeat(60));

        assertThatThrownBy(() -> new PodmanService("/usr/bin:/bin").socket(null, deep))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("too long for a unix socket");
    }
}
