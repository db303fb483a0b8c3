package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.Heard;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.TerminalSize;
import io.wharf.testkit.PodmanCli;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Commands with their input attached, with and without a terminal, in real Podman containers. */
class PodmanTerminalIT extends AbstractPodmanRuntimeIT {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    PodmanTerminalIT() {
        super("podtty");
    }

    private RuntimeInstance running() {
        return runtime.start(PodmanTests.spec(app, List.of("/bin/sh", "-c", "sleep 600"), 0, 0, 0));
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aShellOnATerminalAnswersTypedLinesTakesItsSizeAndEndsWithTheExitCodeItWasGiven() throws Exception {
        RuntimeInstance instance = running();
        Heard heard = new Heard();

        try (TerminalSession shell = runtime.terminal(instance.id(), new TerminalRequest(List.of("sh"), true, true,
                new TerminalSize(80, 24)), heard).orElseThrow()) {
            shell.write(text("echo h''i\n"));
            await().atMost(PATIENCE).until(() -> heard.output().contains("hi\r\n"));
            shell.resize(new TerminalSize(100, 30));
            shell.write(text("stty size\n"));
            await().atMost(PATIENCE).until(() -> heard.output().contains("30 100"));
            shell.write(text("exit 3\n"));

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3);
        }
        assertThat(heard.error()).isEmpty();
    }

    @Test
    void theSizeAskedForAtTheStartIsTheTerminalsFromTheFirstLine() throws Exception {
        RuntimeInstance instance = running();
        Heard heard = new Heard();

        try (TerminalSession shell = runtime.terminal(instance.id(), new TerminalRequest(List.of("sh"), true, true,
                new TerminalSize(120, 40)), heard).orElseThrow()) {
            shell.write(text("stty size; exit\n"));

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
        assertThat(heard.output()).contains("40 120");
    }

    @Test
    void withoutATerminalInputOutputAndErrorAreSeparateStreams() throws Exception {
        RuntimeInstance instance = running();
        Heard heard = new Heard();

        try (TerminalSession command = runtime.terminal(instance.id(), new TerminalRequest(
                List.of("sh", "-c", "read line; echo got $line; echo oops >&2; exit 4"), true, false, null), heard)
                .orElseThrow()) {
            command.write(text("x\n"));

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4);
        }
        assertThat(heard.output()).isEqualTo("got x\n");
        assertThat(heard.error()).isEqualTo("oops\n");
    }

    @Test
    void theEndOfInputReachesACommandWithoutATerminal() throws Exception {
        RuntimeInstance instance = running();
        Heard heard = new Heard();

        try (TerminalSession command = runtime.terminal(instance.id(), new TerminalRequest(List.of("cat"), true, false,
                null), heard).orElseThrow()) {
            command.write(text("one\n"));
            command.write(text("two\n"));
            command.closeInput();

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
        assertThat(heard.output()).isEqualTo("one\ntwo\n");
    }

    @Test
    void closingASessionWhoseShellStillRunsEndsTheShell() {
        RuntimeInstance instance = running();
        Heard heard = new Heard();
        TerminalSession shell = runtime.terminal(instance.id(), new TerminalRequest(List.of("sh"), true, true, null), heard)
                .orElseThrow();
        shell.write(text("echo started\n"));
        await().atMost(PATIENCE).until(() -> heard.output().contains("started"));
        assertThat(processes(instance)).contains("sh", "sleep 600");

        shell.close();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(processes(instance)).doesNotContain("sh")
                .contains("sleep 600"));
        assertThat(heard.exit).isNotDone();
    }

    /** The command lines of the processes in the instance's container. */
    private static List<String> processes(RuntimeInstance instance) {
        String container = PodmanCli.podman("ps", "-q", "--filter", "label=wharf.io/instance=" + instance.id());
        return PodmanCli.podman("top", container, "args").lines().skip(1).map(String::trim).toList();
    }

    @Test
    void anInstanceThatIsNotThereOpensNothing() {
        assertThat(runtime.terminal("web-nope", new TerminalRequest(List.of("sh"), true, true, null), new Heard()))
                .isEmpty();
    }
}
