package io.wharf.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.bench.BenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerJarTest {
    @TempDir
    Path root;

    private Path serverJar() throws IOException {
        Path jar = root.resolve("wharf-server/target/wharf-server.jar");
        Files.createDirectories(jar.getParent());
        return Files.createFile(jar);
    }

    @Test
    void byDefaultItIsTheServerModulesJarUnderTheCurrentDirectory() throws IOException {
        Path jar = serverJar();

        assertThat(ServerJar.resolve(null, root, Optional.empty())).isEqualTo(jar);
    }

    @Test
    void fromElsewhereItIsFoundBesideTheBenchJarsModule() throws IOException {
        Path jar = serverJar();
        Path benchJar = root.resolve("wharf-bench/target/wharf-bench.jar");

        assertThat(ServerJar.resolve(null, root.resolve("somewhere/else"), Optional.of(benchJar))).isEqualTo(jar);
    }

    @Test
    void aGivenJarIsTakenRelativeToTheCurrentDirectory() throws IOException {
        Path jar = Files.createFile(root.resolve("my-server.jar"));

        assertThat(ServerJar.resolve(Path.of("my-server.jar"), root, Optional.empty())).isEqualTo(jar);
    }

    @Test
    void aMissingJarIsAnErrorThatSaysWhereItLookedAndHowToBuildIt() {
        assertThatThrownBy(() -> ServerJar.resolve(null, root, Optional.of(root.resolve("x/target/wharf-bench.jar"))))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining(root.resolve("wharf-server/target/wharf-server.jar").toString())
                .hasMessageContaining("mvn -B -q install -DskipTests");
    }
}
