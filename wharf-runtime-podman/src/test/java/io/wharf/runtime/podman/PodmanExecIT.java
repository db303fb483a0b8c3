package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands run in real Podman containers: exit code, both streams, the argument vector as given, the timeout. */
class PodmanExecIT {
    private static final List<String> SLEEPS = List.of("/bin/sh", "-c", "sleep 60");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static Path home;
    private final AppKey app = PodmanTests.newApp("podexec");
    private PodmanRuntime runtime;

    @BeforeAll
    static void buildTheSampleImageAndMakeAHome() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
    }

    @AfterAll
    static void deleteTheHome() throws Exception {
        Homes.delete(home);
    }

    @BeforeEach
    void connect() {
        runtime = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @AfterEach
    void removeEverythingOfThisTest() {
        runtime.list().stream().filter(i -> i.app().equals(app)).forEach(i -> runtime.remove(i.id(), Duration.ofSeconds(1)));
        PodmanCli.removeContainersOf(app.system());
        runtime.close();
    }

    private RuntimeInstance running() {
        return runtime.start(PodmanTests.spec(app, SLEEPS, 0, 0, 0));
    }

    @Test
    void aCommandGivesBackItsExitCodeAndWhatItWroteToOutputAndError() {
        RuntimeInstance instance = running();

        ExecResult result = runtime.exec(instance.id(), List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 3"), TIMEOUT)
                .orElseThrow();

        assertThat(result).isEqualTo(new ExecResult(3, "out\n", "err\n", false));
    }

    @Test
    void theArgumentsReachTheProgramAsTheyAreWithNoShellInBetween() {
        RuntimeInstance instance = running();

        ExecResult result = runtime.exec(instance.id(), List.of("echo", "$HOME", "a;b", "'q'", "two words"), TIMEOUT)
                .orElseThrow();

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("$HOME a;b 'q' two words\n");
    }

    @Test
    void outputPastOneMebibyteIsCutAndSaidToBe() {
        RuntimeInstance instance = running();

        ExecResult result = runtime.exec(instance.id(), List.of("/bin/sh", "-c", "head -c 1100000 /dev/zero | tr '\\0' x"),
                TIMEOUT).orElseThrow();

        assertThat(result.truncated()).isTrue();
        assertThat(result.stdout()).hasSize(ExecResult.MAX_OUTPUT_BYTES).matches("x+");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aCommandThatRunsPastItsTimeoutFailsSayingSo() {
        RuntimeInstance instance = running();

        assertThatThrownBy(() -> runtime.exec(instance.id(), List.of("sleep", "30"), Duration.ofSeconds(1)))
                .isInstanceOf(ExecTimeoutException.class).hasMessageContaining(instance.id())
                .hasMessageContaining("within 1s");
    }

    @Test
    void anInstanceThatIsNotThereRunsNothing() {
        assertThat(runtime.exec("web-nope", List.of("true"), TIMEOUT)).isEmpty();
    }
}
