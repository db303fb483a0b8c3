package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands run in real Podman containers: exit code, both streams, the argument vector as given, the timeout. */
class PodmanExecIT extends AbstractPodmanRuntimeIT {
    private static final List<String> SLEEPS = List.of("/bin/sh", "-c", "sleep 60");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    PodmanExecIT() {
        super("podexec");
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
