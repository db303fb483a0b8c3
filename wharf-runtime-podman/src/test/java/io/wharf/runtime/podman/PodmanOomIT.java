package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.ExitState;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instance that passes its memory limit is reported OOMKilled, which this Podman itself does not say. */
class PodmanOomIT extends AbstractPodmanRuntimeIT {
    private static final long MEMORY_16MI = 16L << 20;
    /** Doubles a shell variable until the kernel kills the shell for memory. */
    private static final List<String> HOG = List.of("/bin/sh", "-c", "x=a; while true; do x=$x$x; done");

    PodmanOomIT() {
        super("podoom");
    }

    @Test
    void aMemoryHogUnder16MiIsReportedOomKilled() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, HOG, 0, MEMORY_16MI, 0));

        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.exitState(instance.id()).isPresent());

        ExitState state = runtime.exitState(instance.id()).orElseThrow();
        assertThat(state.exitCode()).isEqualTo(137);
        assertThat(state.oomKilled()).isTrue();
    }

    @Test
    void theKernelLogAloneTellsTheOomKillAfterTheContainersCgroupIsGone(@TempDir Path noCgroups) {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, HOG, 0, MEMORY_16MI, 0));
        String container = PodmanCli.containersOf(app.system()).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.exitState(instance.id()).isPresent());
        runtime.remove(instance.id(), Duration.ZERO);

        OomKills fromTheLog = new OomKills(new CgroupOomCounters(noCgroups)).follow(OomKills.KMSG);

        assertThat(fromTheLog.oomKilled(container, false, 137)).isTrue();
    }

    @Test
    void anInstanceKilledForAnotherReasonIsNotOomKilled() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of("/bin/sleep", "60"), 0, MEMORY_16MI, 0));
        PodmanCli.podman("kill", "--signal", "KILL", PodmanCli.containersOf(app.system()).get(0));

        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.exitState(instance.id()).isPresent());

        ExitState state = runtime.exitState(instance.id()).orElseThrow();
        assertThat(state.exitCode()).isEqualTo(137);
        assertThat(state.oomKilled()).isFalse();
    }
}
