package io.wharf.engine.reconcile;

import static io.wharf.engine.reconcile.Observed.NOW;
import static io.wharf.engine.reconcile.Observed.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.reconcile.ReconcilePlan.Removal;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import io.wharf.model.TemplateFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How each strategy moves a release from revision 1 to revision 2. */
class RolloutPlannerTest {
    private static final AppTemplate V2 = new AppTemplate("localhost/wharf/hello:2", 8080, null, null, null, null, null);
    private static final Rollout STARTED = Rollout.start(2, 1L, null, NOW.minusSeconds(5));

    private static App app(int replicas, Strategy strategy) {
        return Observed.app(replicas, 1).withRelease(V2, 2, strategy, NOW.minusSeconds(5));
    }

    private static Strategy strategy(StrategyType type, Integer pauseSeconds, Integer... steps) {
        return new Strategy(type, Amount.percent(25), Amount.ZERO, 120, true, 60, List.of(steps), pauseSeconds);
    }

    private static List<ObservedInstance> instances(int oldReady, int newReady, int newStarting) {
        List<ObservedInstance> all = new ArrayList<>();
        for (int i = 0; i < oldReady; i++) {
            all.add(running("old-" + i, 1, true, 600 - i));
        }
        for (int i = 0; i < newReady; i++) {
            all.add(running("new-" + i, 2, true, 5));
        }
        for (int i = 0; i < newStarting; i++) {
            all.add(running("starting-" + i, 2, false, 1));
        }
        return all;
    }

    private static List<String> removed(RolloutDecision decision) {
        return decision.toRemove().stream().map(Removal::id).toList();
    }

    @Test
    void aRollingUpdateStartsNoMoreThanTheSurgeAndStopsNothingBeforeANewInstanceIsReady() {
        App app = app(4, Strategy.defaultFor(AppType.ONLINE, 120));

        assertThat(RolloutPlanner.plan(app, STARTED, instances(4, 0, 0), NOW, null).toStart()).isEqualTo(1);
        RolloutDecision waiting = RolloutPlanner.plan(app, STARTED, instances(4, 0, 1), NOW, null);
        assertThat(waiting.isEmpty()).isTrue();
        assertThat(waiting.rollout().phase()).isEqualTo(RolloutPhase.Progressing);
        assertThat(waiting.rollout().message()).isEqualTo("0/4 instances of revision 2 ready, 4 older still running");
    }

    @Test
    void aRolloutWhoseImageCannotBePulledFailsAtOnceWithTheRegistrysReasonAndStopsNothing() {
        RolloutDecision decision = RolloutPlanner.plan(app(4, Strategy.defaultFor(AppType.ONLINE, 120)), STARTED,
                instances(4, 0, 0), NOW, "could not pull", "manifest unknown: manifest unknown");

        assertThat(decision.rollout().phase()).isEqualTo(RolloutPhase.Failed);
        assertThat(decision.rollout().message()).isEqualTo("revision 2 cannot start: manifest unknown: manifest unknown");
        assertThat(decision.toRemove()).isEmpty();
    }

    @Test
    void aRollingUpdateStopsOneOldInstanceForEachNewOneThatIsReadyOldestFirst() {
        RolloutDecision decision = RolloutPlanner.plan(app(4, Strategy.defaultFor(AppType.ONLINE, 120)), STARTED,
                instances(4, 1, 0), NOW, null);

        assertThat(decision.toRemove()).containsExactly(new Removal("old-0", "revision 2 replaces revision 1", true));
        assertThat(decision.toStart()).isZero();
    }

    @Test
    void maxUnavailableLetsOldInstancesGoBeforeNewOnesAreReady() {
        Strategy strategy = new Strategy(StrategyType.ROLLING, Amount.ZERO, Amount.of(2), 120, true, 0, List.of(), null);

        RolloutDecision decision = RolloutPlanner.plan(app(4, strategy), STARTED, instances(4, 0, 0), NOW, null);

        assertThat(removed(decision)).containsExactly("old-0", "old-1");
        assertThat(decision.toStart()).isZero();
    }

    @Test
    void aRolloutIsCompleteWhenOnlyReadyInstancesOfTheNewRevisionRun() {
        RolloutDecision decision = RolloutPlanner.plan(app(4, Strategy.defaultFor(AppType.ONLINE, 120)), STARTED,
                instances(0, 4, 0), NOW, null);

        assertThat(decision.isEmpty()).isTrue();
        assertThat(decision.rollout().phase()).isEqualTo(RolloutPhase.Complete);
        assertThat(decision.rollout().message()).isEqualTo("revision 2 runs on 4 instances");
    }

    @Test
    void aRolloutWithoutProgressPastItsDeadlineFailsAndSaysWhy() {
        Rollout old = Rollout.start(2, 1L, null, NOW.minusSeconds(121));

        RolloutDecision decision = RolloutPlanner.plan(app(4, Strategy.defaultFor(AppType.ONLINE, 120)), old, instances(4, 0, 1),
                NOW, "instance new-0 is not ready: connection refused");

        assertThat(decision.rollout().phase()).isEqualTo(RolloutPhase.Failed);
        assertThat(decision.rollout().message()).isEqualTo("revision 2 made no progress for 120 s: 0/4 instances of"
                + " revision 2 ready, 4 older still running; instance new-0 is not ready: connection refused");
        assertThat(decision.toRemove()).isEmpty();
    }

    @Test
    void recreateStopsEveryOldInstanceFirstAndStartsTheNewOnesOnlyWhenTheyAreGone() {
        App app = app(3, strategy(StrategyType.RECREATE, null));

        RolloutDecision first = RolloutPlanner.plan(app, STARTED, instances(3, 0, 0), NOW, null);
        assertThat(removed(first)).containsExactly("old-0", "old-1", "old-2");
        assertThat(first.toStart()).isZero();

        List<ObservedInstance> stopping = instances(3, 0, 0).stream().map(ObservedInstance::asTerminating).toList();
        assertThat(RolloutPlanner.plan(app, STARTED, stopping, NOW, null).toStart()).isZero();
        assertThat(RolloutPlanner.plan(app, STARTED, List.of(), NOW, null).toStart()).isEqualTo(3);
    }

    @Test
    void blueGreenStartsAFullNewSetAndKeepsTrafficOnTheOldOneUntilItIsAllReady() {
        App app = app(2, strategy(StrategyType.BLUE_GREEN, null));

        RolloutDecision decision = RolloutPlanner.plan(app, STARTED, instances(2, 0, 0), NOW, null);
        assertThat(decision.toStart()).isEqualTo(2);
        assertThat(decision.toRemove()).isEmpty();
        assertThat(Traffic.weights(app, STARTED, instances(2, 1, 1)).keySet()).containsExactlyInAnyOrder("old-0", "old-1");
    }

    @Test
    void blueGreenSwitchesAllTrafficAtOnceAndKeepsTheOldSetForASwitchBack() {
        App app = app(2, strategy(StrategyType.BLUE_GREEN, null));

        RolloutDecision switched = RolloutPlanner.plan(app, STARTED, instances(2, 2, 0), NOW, null);

        assertThat(switched.rollout().switchedAt()).isEqualTo(NOW);
        assertThat(switched.rollout().phase()).isEqualTo(RolloutPhase.Complete);
        assertThat(switched.toRemove()).isEmpty();
        assertThat(switched.recheckIn()).hasSeconds(60);
        assertThat(Traffic.weights(app, switched.rollout(), instances(2, 2, 0)).keySet())
                .containsExactlyInAnyOrder("new-0", "new-1");
        RolloutDecision later = RolloutPlanner.plan(app, switched.rollout(), instances(2, 2, 0), NOW.plusSeconds(60), null);
        assertThat(removed(later)).containsExactly("old-0", "old-1");
    }

    @Test
    void aRollbackToAReleaseWhoseInstancesStillRunTakesThemBackAtOnce() {
        App v1Again = Observed.app(2, 1).withRelease(Observed.app(2, 1).template(), 3,
                strategy(StrategyType.BLUE_GREEN, null), NOW);
        String v1 = TemplateFingerprint.of(v1Again.template());
        List<ObservedInstance> observed = List.of(withTemplate(running("blue-0", 1, true, 600), v1),
                withTemplate(running("blue-1", 1, true, 600), v1), running("green-0", 2, true, 60),
                running("green-1", 2, true, 60));

        RolloutDecision decision = RolloutPlanner.plan(v1Again, Rollout.start(3, 2L, 1L, NOW), observed, NOW, null);

        assertThat(decision.toStart()).isZero();
        assertThat(decision.rollout().phase()).isEqualTo(RolloutPhase.RolledBack);
        assertThat(Traffic.weights(v1Again, decision.rollout(), observed).keySet())
                .containsExactlyInAnyOrder("blue-0", "blue-1");
    }

    @Test
    void aCanaryStartsEnoughInstancesForItsStepAndGivesThemTheStepsShareOfTraffic() {
        App app = app(10, strategy(StrategyType.CANARY, null, 10, 50));

        assertThat(RolloutPlanner.plan(app, STARTED, instances(10, 0, 0), NOW, null).toStart()).isEqualTo(1);
        RolloutDecision ready = RolloutPlanner.plan(app, STARTED, instances(10, 1, 0), NOW, null);

        assertThat(ready.isEmpty()).isTrue();
        assertThat(ready.rollout().step()).isZero();
        assertThat(ready.rollout().message()).isEqualTo("step 1 of 2: 10% of traffic on revision 2; waiting for promote");
        Map<String, Integer> weights = Traffic.weights(app, ready.rollout(), instances(10, 1, 0));
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(weights.get("new-0") * 100.0 / total).isEqualTo(10.0);
    }

    @Test
    void aCanaryWaitingForPromotionNeverRunsIntoItsDeadline() {
        App app = app(10, strategy(StrategyType.CANARY, null, 10, 50));
        Rollout waiting = RolloutPlanner.plan(app, STARTED, instances(10, 1, 0), NOW, null).rollout();

        RolloutDecision hourLater = RolloutPlanner.plan(app, waiting, instances(10, 1, 0), NOW.plusSeconds(3600), null);

        assertThat(hourLater.rollout().phase()).isEqualTo(RolloutPhase.Progressing);
    }

    @Test
    void aCanaryWithAPauseMovesToTheNextStepOnItsOwn() {
        App app = app(10, strategy(StrategyType.CANARY, 30, 10, 50));
        Rollout ready = RolloutPlanner.plan(app, STARTED, instances(10, 1, 0), NOW, null).rollout();

        RolloutDecision after = RolloutPlanner.plan(app, ready, instances(10, 1, 0), NOW.plusSeconds(30), null);

        assertThat(after.rollout().step()).isEqualTo(1);
        assertThat(RolloutPlanner.plan(app, after.rollout(), instances(10, 1, 0), NOW.plusSeconds(31), null).toStart())
                .isEqualTo(4);
    }

    @Test
    void aPromotedCanaryRollsOnToEveryInstanceAndEqualTraffic() {
        App app = app(4, strategy(StrategyType.CANARY, null, 10));
        Rollout promoted = STARTED.atStep(1, null);

        RolloutDecision decision = RolloutPlanner.plan(app, promoted, instances(4, 1, 0), NOW, null);

        assertThat(removed(decision)).as("a ready new instance lets an old one go").containsExactly("old-0");
        assertThat(RolloutPlanner.plan(app, promoted, instances(3, 1, 0), NOW, null).toStart()).isEqualTo(1);
        assertThat(Traffic.weights(app, promoted, instances(4, 1, 0)).values()).containsOnly(Traffic.EQUAL);
    }

    @Test
    void aPausedRolloutMovesNothing() {
        Rollout paused = STARTED.with(RolloutPhase.Paused, "paused by admin");

        RolloutDecision decision = RolloutPlanner.plan(app(4, Strategy.defaultFor(AppType.ONLINE, 120)), paused,
                instances(4, 1, 0), NOW.plusSeconds(600), null);

        assertThat(decision.isEmpty()).isTrue();
        assertThat(decision.rollout()).isEqualTo(paused);
    }

    private static ObservedInstance withTemplate(ObservedInstance o, String fingerprint) {
        RuntimeInstance i = o.instance();
        return ObservedInstance.of(new RuntimeInstance(i.id(), i.app(), i.revision(), i.state(), i.host(), i.port(),
                i.startedAt(), i.restarts(), i.exitCode(), fingerprint), o.ready());
    }
}
