package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.InstanceStats;
import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage readings of real Podman containers: CPU time grows with work, the memory limit is the one set. */
class PodmanStatsIT extends AbstractPodmanRuntimeIT {
    private static final long LIMIT = 64L * 1024 * 1024;

    PodmanStatsIT() {
        super("podstats");
    }

    @Test
    void aBusyInstanceReportsCpuSecondsMemoryUnderItsLimitAndTheLimit() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app,
                List.of("/bin/sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; sleep 60"), 0, LIMIT, 0));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(runtime.stats(instance.id()).orElseThrow().cpuSeconds()).isGreaterThan(0.1));
        InstanceStats stats = runtime.stats(instance.id()).orElseThrow();

        assertThat(stats.memoryLimitBytes()).isEqualTo(LIMIT);
        assertThat(stats.memoryWorkingSetBytes()).isPositive().isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void anInstanceThatIsNotThereHasNoStats() {
        assertThat(runtime.stats("web-nope")).isEmpty();
    }
}
