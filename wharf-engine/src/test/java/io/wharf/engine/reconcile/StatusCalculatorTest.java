package io.wharf.engine.reconcile;

import static io.wharf.engine.reconcile.Observed.NOW;
import static io.wharf.engine.reconcile.Observed.app;
import static io.wharf.engine.reconcile.Observed.exited;
import static io.wharf.engine.reconcile.Observed.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.Phase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCalculatorTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final App RECENTLY_CHANGED = app(3, 1, NOW.minusSeconds(10));
    private static final App LONG_UNCHANGED = app(3, 1, NOW.minusSeconds(600));

    private static AppStatus status(App app, List<ObservedInstance> observed, String failure) {
        return StatusCalculator.compute(app, observed, NOW, DEADLINE, failure);
    }

    private static List<ObservedInstance> ready(int n, long revision) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> running("i" + i + "-r" + revision, revision, true, 30 + i))
                .toList();
    }

    @Test
    void anAppIsAvailableWhenAsManyInstancesAreReadyAsWanted() {
        assertThat(status(LONG_UNCHANGED, ready(3, 1), null))
                .isEqualTo(new AppStatus(Phase.Available, 3, 3, "3/3 instances ready"));
    }

    @Test
    void anAppScaledToZeroWithNothingRunningIsAvailable() {
        assertThat(status(app(0, 1, NOW.minusSeconds(600)), List.of(), null))
                .isEqualTo(new AppStatus(Phase.Available, 0, 0, "scaled to zero"));
    }

    @Test
    void anAppThatChangedRecentlyAndIsNotThereYetIsProgressing() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 5), running("b", 1, false, 2));

        assertThat(status(RECENTLY_CHANGED, observed, null))
                .isEqualTo(new AppStatus(Phase.Progressing, 3, 1, "1/3 instances ready"));
    }

    @Test
    void anAppNotThereAtTheDeadlineIsDegradedAndSaysSo() {
        AppStatus status = status(LONG_UNCHANGED, List.of(running("a", 1, true, 5)), null);

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.readyReplicas()).isEqualTo(1);
        assertThat(status.message()).isEqualTo("1/3 instances ready; not done 60 s after the last change");
    }

    @Test
    void aFailureMakesAnAppDegradedEvenRightAfterAChangeAndTheMessageNamesIt() {
        AppStatus status = status(RECENTLY_CHANGED, List.of(), "could not start an instance: no such image");

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.message()).isEqualTo("0/3 instances ready; could not start an instance: no such image");
    }

    @Test
    void anAppWithAllWantedInstancesReadyIsAvailableDespiteAnEarlierFailure() {
        assertThat(status(RECENTLY_CHANGED, ready(3, 1), "instance web-x exited with code 1").phase())
                .isEqualTo(Phase.Available);
    }

    @Test
    void instancesThatAreNotReadyDoNotCount() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 5), running("b", 1, false, 5),
                running("c", 1, false, 5));

        AppStatus status = status(LONG_UNCHANGED, observed, null);

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.readyReplicas()).isEqualTo(1);
    }

    @Test
    void exitedAndTerminatingInstancesDoNotCount() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 5), running("b", 1, true, 5),
                running("c", 1, true, 5).asTerminating(), exited("d", 1, 0));

        AppStatus status = status(RECENTLY_CHANGED, observed, null);

        assertThat(status).isEqualTo(new AppStatus(Phase.Progressing, 3, 2, "2/3 instances ready"));
    }

    @Test
    void anAppIsNotAvailableWhileInstancesOfAnOlderRevisionStillRun() {
        App v2 = app(2, 2, NOW.minusSeconds(10));
        List<ObservedInstance> observed = List.of(running("old", 1, true, 60), running("new-a", 2, true, 5),
                running("new-b", 2, true, 5));

        AppStatus status = status(v2, observed, null);

        assertThat(status.phase()).isEqualTo(Phase.Progressing);
        assertThat(status.readyReplicas()).isEqualTo(2);
        assertThat(status.message()).isEqualTo("2/2 instances ready; 1 of older revisions still running");
    }

    @Test
    void readyInstancesOfAnOlderRevisionDoNotCountAsReady() {
        AppStatus status = status(app(2, 2, NOW.minusSeconds(10)), ready(2, 1), null);

        assertThat(status.readyReplicas()).isZero();
        assertThat(status.phase()).isEqualTo(Phase.Progressing);
    }

    @Test
    void anAppWithMoreInstancesThanWantedIsNotAvailableUntilTheSurplusIsStopped() {
        AppStatus status = status(app(2, 1, NOW.minusSeconds(10)), ready(3, 1), null);

        assertThat(status.phase()).isEqualTo(Phase.Progressing);
        assertThat(status.message()).contains("; stopping 1");
    }

    @Test
    void anAppScaledToZeroIsNotAvailableWhileInstancesStillRun() {
        AppStatus status = status(app(0, 1, NOW.minusSeconds(10)), ready(1, 1), null);

        assertThat(status.phase()).isEqualTo(Phase.Progressing);
        assertThat(status.message()).contains("stopping 1");
    }
}
