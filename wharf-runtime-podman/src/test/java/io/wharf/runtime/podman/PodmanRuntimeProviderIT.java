package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.RuntimeProvider;
import io.wharf.testkit.Homes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the provider finds or starts the Podman service. */
class PodmanRuntimeProviderIT {
    private final Path home = PodmanTests.newHome();

    @AfterEach
    void stopTheService() throws Exception {
        Homes.delete(home);
    }

    private static long pidIn(Path home) throws Exception {
        return Long.parseLong(Files.readString(home.resolve("podman-service.pid")).trim());
    }

    @Test
    void theProviderIsFoundByServiceLoaderAsPodman() {
        assertThat(ServiceLoader.load(RuntimeProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> assertThat(p).isInstanceOf(PodmanRuntimeProvider.class)
                        .extracting(RuntimeProvider::kind).isEqualTo("podman"));
    }

    @Test
    void withoutASocketItStartsAServiceInTheHomeAndTheNextStartReusesIt() throws Exception {
        try (Runtime runtime = new PodmanRuntimeProvider().create(Map.of("home", home.toString()))) {
            assertThat(runtime.name()).isEqualTo("podman");
            assertThat(runtime.list()).isNotNull();
        }
        long pid = pidIn(home);
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(home.resolve("podman-service.log")).exists();

        try (Runtime again = new PodmanRuntimeProvider().create(Map.of("home", home.toString()))) {
            assertThat(again.list()).isNotNull();
        }
        assertThat(pidIn(home)).isEqualTo(pid);
    }

    @Test
    void aGivenSocketThatAnswersIsUsed() throws Exception {
        new PodmanRuntimeProvider().create(Map.of("home", home.toString())).close();
        Path socket = home.resolve("podman.sock");

        try (Runtime runtime = new PodmanRuntimeProvider().create(Map.of("socket", "unix://" + socket,
                "home", "/nonexistent/home"))) {
            assertThat(runtime.list()).isNotNull();
        }
    }

    @Test
    void aGivenSocketThatDoesNotAnswerFailsClearly() {
        Path socket = home.resolve("nobody.sock");

        assertThatThrownBy(() -> new PodmanRuntimeProvider().create(Map.of("socket", socket.toString())))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining(socket.toString())
                .hasMessageContaining("does not answer");
    }
}
