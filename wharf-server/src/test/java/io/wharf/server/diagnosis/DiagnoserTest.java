package io.wharf.server.diagnosis;

import static io.wharf.server.diagnosis.HealthCheckRuleTest.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.AppEvent;
import io.wharf.model.Phase;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.server.quota.QuotaResponse.Amounts;
import org.junit.jupiter.api.Test;

class DiagnoserTest {
    @Test
    void anAvailableAppWithEveryInstanceReadyHasNoFindingsWhateverItsPast() {
        Facts facts = Given.app().now(120).available(2).instance("hello-a", true, 20).instance("hello-b", true, 21)
                .exit("hello-old", 1, "Error", 15).exit("hello-older", 1, "Error", 10)
                .event(12, AppEvent.WARNING, "FailedStart", "could not start an instance: the runtime is down").facts();

        Diagnosis diagnosis = Diagnoser.diagnose(facts);

        assertThat(diagnosis.phase()).isEqualTo(Phase.Available);
        assertThat(diagnosis.message()).isEqualTo("2/2 instances ready");
        assertThat(diagnosis.findings()).isEmpty();
    }

    @Test
    void anAvailableAppWhoseInstanceExitedInTheLastMinuteIsNotTakenAsSettled() {
        Facts facts = Given.app().now(60).available(1).instance("hello-b", true, 59)
                .exit("hello-a", 137, "OOMKilled", 58, "allocating").facts();

        assertThat(Diagnoser.diagnose(facts).findings()).extracting(Finding::reason).containsExactly(Reason.OOMKilled);
    }

    @Test
    void aChangeRefusedByTheQuotaIsTheOneFindingOfAnAvailableApp() {
        Facts facts = Given.app().available(2).instance("hello-a", true, 20).instance("hello-b", true, 21)
                .quota(new Amounts(2L, null, null, null), new Amounts(2L, "0", "0", 0L))
                .event(30, AppEvent.WARNING, "QuotaExceeded", "a change was refused: replicas: quota: 0 of 2 instances"
                        + " left; this change needs 1 instance more").facts();

        assertThat(Diagnoser.diagnose(facts).findings()).extracting(Finding::reason).containsExactly(Reason.QuotaExhausted);
    }

    @Test
    void causesComeMostFundamentalFirstAndLeaveOutWhereTheAppStands() {
        Facts facts = Given.app().status(Phase.Degraded, 1, 0, "0/1 instances ready")
                .instance("hello-c", false, 40).probe("hello-c", "GET /nope", NOT_FOUND, 41, 50)
                .exit("hello-b", 137, "OOMKilled", 30).exit("hello-a", 3, "Error", 20).exit("hello-z", 3, "Error", 10)
                .facts();

        assertThat(Diagnoser.diagnose(facts).findings()).extracting(Finding::reason)
                .containsExactly(Reason.OOMKilled, Reason.CrashLoop, Reason.HealthCheckFailing);
    }

    @Test
    void anAppOnItsWayWithoutTroubleIsProgressing() {
        Facts facts = Given.app().now(3).instance("hello-a", false, 1).facts();

        assertThat(Diagnoser.diagnose(facts).findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.Progressing);
            assertThat(f.message()).isEqualTo("0/1 instances ready; the engine is still getting there");
            assertThat(f.evidence()).containsExactly("instance hello-a (started 2 s ago): not checked yet");
        });
    }

    @Test
    void aFailedRolloutWithoutAKnownCauseIsRolloutFailed() {
        Facts facts = Given.app().status(Phase.Degraded, 1, 0, "0/1 instances ready")
                .rollout(Rollout.start(1, null, null, Given.T0).with(RolloutPhase.Failed, "revision 1 made no progress"
                        + " within 600 s"))
                .event(50, AppEvent.WARNING, "RolloutFailed", "revision 1 made no progress within 600 s").facts();

        assertThat(Diagnoser.diagnose(facts).findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.RolloutFailed);
            assertThat(f.message()).isEqualTo("the rollout of revision 1 failed: revision 1 made no progress within 600 s");
            assertThat(f.evidence()).containsExactly("12:00:50Z RolloutFailed: revision 1 made no progress within 600 s");
        });
    }

    @Test
    void aDegradedAppWithoutAKnownCauseShowsItsLastWarnings() {
        Facts facts = Given.app().status(Phase.Degraded, 1, 0, "0/1 instances ready; the runtime is down")
                .event(40, AppEvent.WARNING, "FailedStart", "could not start an instance: the runtime is down")
                .event(39, AppEvent.NORMAL, "Scheduled", "instance hello-a is to start").facts();

        assertThat(Diagnoser.diagnose(facts).findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.Degraded);
            assertThat(f.message()).isEqualTo("0/1 instances ready; the runtime is down");
            assertThat(f.evidence()).containsExactly("12:00:40Z FailedStart: could not start an instance: the runtime is down");
        });
    }

    @Test
    void anAvailableAppWhoseKilledInstanceWasReplacedSaysSoWithoutCallingItDegraded() {
        Facts facts = Given.app().now(60).available(1).instance("hello-b", true, 50)
                .exit("hello-a", 137, "Killed", 49).facts();

        assertThat(Diagnoser.diagnose(facts).findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.RecentlyExited);
            assertThat(f.message()).isEqualTo("1/1 instances ready again; 1 exited in the last minute and was replaced");
            assertThat(f.evidence()).containsExactly("instance hello-a exited with code 137 (Killed) at 12:00:49Z");
        });
    }
}
