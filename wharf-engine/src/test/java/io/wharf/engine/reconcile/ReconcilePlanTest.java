package io.wharf.engine.reconcile;

import static io.wharf.engine.reconcile.Observed.app;
import static io.wharf.engine.reconcile.Observed.created;
import static io.wharf.engine.reconcile.Observed.exited;
import static io.wharf.engine.reconcile.Observed.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.reconcile.ReconcilePlan.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observed instances are passed oldest first, as the engine's cache lists them. */
class ReconcilePlanTest {
    private static List<String> removedIds(ReconcilePlan plan) {
        return plan.toRemove().stream().map(Removal::id).toList();
    }

    @Test
    void aNewAppStartsAllItsReplicas() {
        ReconcilePlan plan = ReconcilePlan.of(app(3, 1), List.of());

        assertThat(plan.toStart()).isEqualTo(3);
        assertThat(plan.toRemove()).isEmpty();
    }

    @Test
    void nothingIsDoneWhenTheWantedInstancesRun() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 30), running("b", 1, true, 20),
                running("c", 1, false, 10));

        assertThat(ReconcilePlan.of(app(3, 1), observed).isEmpty()).isTrue();
    }

    @Test
    void scalingUpStartsOnlyTheMissingInstances() {
        ReconcilePlan plan = ReconcilePlan.of(app(5, 1), List.of(running("a", 1, true, 30), running("b", 1, false, 1)));

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

        ReconcilePlan plan = ReconcilePlan.of(app(2, 1), observed);

        assertThat(removedIds(plan)).containsExactly("unready-new", "unready-old", "newest");
        assertThat(plan.toStart()).isZero();
    }

    @Test
    void scaledDownInstancesAreStoppedGracefullyWithTheReason() {
        ReconcilePlan plan = ReconcilePlan.of(app(1, 1), List.of(running("a", 1, true, 20), running("b", 1, true, 10)));

        assertThat(plan.toRemove()).containsExactly(new Removal("b", "the app was scaled to 1", true));
    }

    @Test
    void scalingToZeroStopsEveryInstance() {
        ReconcilePlan plan = ReconcilePlan.of(app(0, 1), List.of(running("a", 1, true, 20), running("b", 1, false, 10)));

        assertThat(removedIds(plan)).containsExactlyInAnyOrder("a", "b");
        assertThat(plan.toRemove()).allSatisfy(r -> assertThat(r.graceful()).isTrue());
        assertThat(plan.toStart()).isZero();
    }

    @Test
    void anExitedInstanceIsRemovedAtOnceAndReplaced() {
        ReconcilePlan plan = ReconcilePlan.of(app(2, 1), List.of(running("a", 1, true, 20), exited("b", 1, 1)));

        assertThat(plan.toRemove()).containsExactly(new Removal("b", "it is not running", false));
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void anInstanceThatWasCreatedButNeverRanDoesNotCountAndIsRemoved() {
        ReconcilePlan plan = ReconcilePlan.of(app(1, 1), List.of(created("a", 1)));

        assertThat(plan.toRemove()).containsExactly(new Removal("a", "it is not running", false));
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void anInstanceBeingTakenDownIsNeitherCountedNorRemovedAgain() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20).asTerminating(),
                exited("b", 1, 143).asTerminating());

        ReconcilePlan plan = ReconcilePlan.of(app(1, 1), observed);

        assertThat(plan.toRemove()).isEmpty();
        assertThat(plan.toStart()).isEqualTo(1);
    }

    @Test
    void aNewRevisionStartsAFullSetWhileTheOldInstancesKeepServing() {
        List<ObservedInstance> observed = List.of(running("old-a", 1, true, 60), running("old-b", 1, true, 50));

        ReconcilePlan plan = ReconcilePlan.of(app(2, 2), observed);

        assertThat(plan.toStart()).isEqualTo(2);
        assertThat(plan.toRemove()).isEmpty();
    }

    @Test
    void oldInstancesStayUntilAsManyNewOnesAreReadyAsWanted() {
        List<ObservedInstance> observed = List.of(running("old-a", 1, true, 60), running("old-b", 1, true, 50),
                running("new-a", 2, true, 5), running("new-b", 2, false, 4));

        ReconcilePlan plan = ReconcilePlan.of(app(2, 2), observed);

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void oldInstancesAreStoppedGracefullyOnceTheNewRevisionIsReady() {
        List<ObservedInstance> observed = List.of(running("old-a", 1, true, 60), running("old-b", 1, true, 50),
                running("new-a", 2, true, 5), running("new-b", 2, true, 4));

        ReconcilePlan plan = ReconcilePlan.of(app(2, 2), observed);

        assertThat(plan.toRemove()).containsExactly(
                new Removal("old-a", "revision 2 replaced revision 1", true),
                new Removal("old-b", "revision 2 replaced revision 1", true));
        assertThat(plan.toStart()).isZero();
    }

    @Test
    void instancesOfAnyOlderRevisionAreReplacedNotJustThePreviousOne() {
        List<ObservedInstance> observed = List.of(running("rev1", 1, true, 60), running("rev2", 2, true, 50),
                running("rev3", 3, true, 5));

        assertThat(removedIds(ReconcilePlan.of(app(1, 3), observed))).containsExactlyInAnyOrder("rev1", "rev2");
    }

    @Test
    void aDeletedAppHasEveryInstanceRemovedAndNoneStarted() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20), running("b", 2, false, 10),
                exited("c", 1, 0));

        ReconcilePlan plan = ReconcilePlan.of(null, observed);

        assertThat(plan.toStart()).isZero();
        assertThat(plan.toRemove()).containsExactlyInAnyOrder(
                new Removal("a", "the app was deleted", true),
                new Removal("b", "the app was deleted", true),
                new Removal("c", "it is not running", false));
    }

    @Test
    void planningTwiceOnTheSameStateGivesTheSamePlan() {
        List<ObservedInstance> observed = List.of(running("a", 1, true, 20), exited("b", 1, 1), running("c", 1, false, 5));

        assertThat(ReconcilePlan.of(app(1, 1), observed)).isEqualTo(ReconcilePlan.of(app(1, 1), observed));
    }
}
