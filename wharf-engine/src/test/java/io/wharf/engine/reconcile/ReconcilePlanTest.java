package io.wharf.engine.reconcile;

import static io.wharf.engine.reconcile.Observed.app;
import static io.wharf.engine.reconcile.Observed.created;
import static io.wharf.engine.reconcile.Observed.exited;
import static io.wharf.engine.reconcile.Observed.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.reconcile.ReconcilePlan.Removal;
import io.wharf.model.App;
import io.wharf.model.Rollout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scaling and deletion. Observed instances are passed oldest first, as the engine's cache lists them. */
class ReconcilePlanTest {
    private static List<String> removedIds(RolloutDecision plan) {
        return plan.toRemove().stream().map(Removal::id).toList();
    }

    /** Scaling is a rollout that has nothing old to replace. */
    private static RolloutDecision plan(App app, List<ObservedInstance> observed) {
        return RolloutPlanner.plan(app, Rollout.start(app.revision(), null, null, Observed.NOW), observed,
                Observed.NOW, null);
    }

    @Test
    void aNewAppStartsAllItsReplicas() {
        RolloutDecision plan = plan(app(3, 1), List.of());

        assertThat(plan.toStart()).isEqualTo(3);
        assertThat(plan.toRemove()).isEmpty();
    }

    @Test
    void nothingIsDoneWhenTheWantedInstancesRun() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 30), running("b", 1, true, 20),
                running("c", 1, false, 10));

        assertThat(plan(app(3, 1), observed).isEmpty()).isTrue();
    }

    @Test
    void scalingUpStartsOnlyTheMissingInstances() {
        RolloutDecision plan = plan(app(5, 1), List.of(running("a", 1, true, 30), running("b", 1, false, 1)));

        assertThat(plan.toStart()).isEqualTo(3);
        assertThat(plan.toRemove()).isEmpty();
    }

    @Test
    void scalingDownStopsNotReadyInstancesFirstThenTheNewest() {
        List<ObservedInstance> observed = List.of(
                running("oldest", 1, true, 40),
                running("unready-old", 1, false, 30),
                running("middle", 1, true, 20),
                running("unready-new", 1, false, 15),
                running("newest", 1, true, 10));

        RolloutDecision plan = plan(app(2, 1), observed);

        assertThat(removedIds(plan)).containsExactly("unready-new", "unready-old", "newest");
        assertThat(plan.toStart()).isZero();
    }

    @Test
    void scaledDownInstancesAreStoppedGracefullyWithTheReason() {
        RolloutDecision plan = plan(app(1, 1), List.of(running("a", 1, true, 20), running("b", 1, true, 10)));

        assertThat(plan.toRemove()).containsExactly(new Removal("b", "the app was scaled to 1", true));
    }

    @Test
    void scalingToZeroStopsEveryInstance() {
        RolloutDecision plan = plan(app(0, 1), List.of(running("a", 1, true, 20), running("b", 1, false, 10)));

        assertThat(removedIds(plan)).containsExactlyInAnyOrder("a", "b");
        assertThat(plan.toRemove()).allSatisfy(r -> assertThat(r.graceful()).isTrue());
        assertThat(plan.toStart()).isZero();
    }

    @Test
    void anExitedInstanceIsRemovedAtOnceAndReplaced() {
        RolloutDecision plan = plan(app(2, 1), List.of(running("a", 1, true, 20), exited("b", 1, 1)));

        assertThat(plan.toRemove()).containsExactly(new Removal("b", "it is not running", false));
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void anInstanceThatWasCreatedButNeverRanDoesNotCountAndIsRemoved() {
        RolloutDecision plan = plan(app(1, 1), List.of(created("a", 1)));

        assertThat(plan.toRemove()).containsExactly(new Removal("a", "it is not running", false));
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void anInstanceBeingTakenDownIsNeitherCountedNorRemovedAgain() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20).asTerminating(),
                exited("b", 1, 143).asTerminating());

        RolloutDecision plan = plan(app(1, 1), observed);

        assertThat(plan.toRemove()).isEmpty();
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void aDeletedAppHasEveryInstanceRemovedAndNoneStarted() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20), running("b", 2, false, 10),
                exited("c", 1, 0));

        ReconcilePlan plan = ReconcilePlan.forDeletedApp(observed);

        assertThat(plan.toRemove()).containsExactlyInAnyOrder(
                new Removal("a", "the app was deleted", true),
                new Removal("b", "the app was deleted", true),
                new Removal("c", "it is not running", false));
    }

    @Test
    void planningTwiceOnTheSameStateGivesTheSamePlan() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20), exited("b", 1, 1), running("c", 1, false, 5));

        assertThat(plan(app(1, 1), observed)).isEqualTo(plan(app(1, 1), observed));
    }
}
