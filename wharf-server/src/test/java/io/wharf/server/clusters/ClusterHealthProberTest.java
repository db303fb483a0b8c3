package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterHealthProberTest {
    private static final ClusterHealth UP = new ClusterHealth(true, "v1", 1, null, null);
    private final ClusterHealthProber prober = new ClusterHealthProber();

    @AfterEach
    void stop() {
        prober.stop();
    }

    @Test
    void clustersAreProbedAtTheSameTime() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Supplier<ClusterHealth> waitsForTheOther = () -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS) ? UP : ClusterHealth.unreachable("alone");
            } catch (InterruptedException e) {
                return ClusterHealth.unreachable("interrupted");
            }
        };

        assertThat(prober.probeAll(List.of(waitsForTheOther, waitsForTheOther))).containsExactly(UP, UP);
    }

    @Test
    void aProbeThatNeverAnswersIsUnreachableAfterTheDeadlineAndTheOthersStillCount() {
        Supplier<ClusterHealth> hangs = () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return UP;
        };

        List<ClusterHealth> healths = prober.probeAll(List.of(hangs, () -> UP));

        assertThat(healths.get(0).reachable()).isFalse();
        assertThat(healths.get(0).message()).isEqualTo("no answer within 3 s");
        assertThat(healths.get(1)).isEqualTo(UP);
    }

    @Test
    void aProbeThatFailsIsUnreachableAndNamesTheFailure() {
        Supplier<ClusterHealth> fails = () -> {
            throw new IllegalStateException("boom");
        };

        assertThat(prober.probeAll(List.of(fails)).get(0).message()).contains("IllegalStateException");
    }
}
