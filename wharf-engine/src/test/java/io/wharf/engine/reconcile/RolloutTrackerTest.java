package io.wharf.engine.reconcile;

import static io.wharf.engine.reconcile.Observed.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.Events;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutTrackerTest {
    private static final AppTemplate V2 = new AppTemplate("localhost/wharf/hello:2", 8080, null, null, null, null, null);
    private final InMemoryStore store = new InMemoryStore();
    private final RolloutTracker tracker = new RolloutTracker(store, new Events(store, Clock.fixed(NOW, ZoneOffset.UTC)));

    private App deployed(boolean autoRollback) {
        store.createSystem(new SystemSpec("demo", "", NOW));
        App v1 = Observed.app(2, 1);
        store.createApp(v1, new Release(v1.key(), 1, v1.template(), v1.strategy(), "admin", NOW, "first"));
        Strategy strategy = new Strategy(StrategyType.ROLLING, Amount.percent(25), Amount.ZERO, 5, autoRollback, 0,
                List.of(), null);
        App v2 = v1.withRelease(V2, 2, strategy, NOW);
        store.updateApp(v2, new Release(v1.key(), 2, V2, strategy, "admin", NOW, "image"));
        return v2;
    }

    @Test
    void aFreshFailureWithAutoRollbackDeploysTheLastGoodRevisionAgainAsANewRelease() {
        App app = deployed(true);
        Rollout running = Rollout.start(2, 1L, null, NOW);

        boolean rolledBack = tracker.record(app, running, running.with(RolloutPhase.Failed, "no progress"), NOW);

        assertThat(rolledBack).isTrue();
        App now = store.findApp(app.key()).orElseThrow();
        assertThat(now.revision()).isEqualTo(3);
        assertThat(now.template()).isEqualTo(Observed.app(2, 1).template());
        Release restoring = store.findRelease(app.key(), 3).orElseThrow();
        assertThat(restoring.restores()).isEqualTo(1);
        assertThat(restoring.author()).isEqualTo(RolloutTracker.AUTOMATIC);
        assertThat(restoring.strategy().autoRollback()).as("a rollback never rolls back itself").isFalse();
        assertThat(store.events(app.key())).extracting(e -> e.reason()).contains("RolloutFailed", "RollingBack");
    }

    @Test
    void aFailureThatWasRecordedAlreadyOrNeedsNoRollbackChangesNoRevision() {
        App app = deployed(false);
        Rollout failed = Rollout.start(2, 1L, null, NOW).with(RolloutPhase.Failed, "no progress");

        assertThat(tracker.record(app, Rollout.start(2, 1L, null, NOW), failed, NOW)).isFalse();
        assertThat(tracker.record(app, failed, failed.with(RolloutPhase.Failed, "still none"), NOW)).isFalse();
        assertThat(store.findApp(app.key()).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void aNewRevisionStartsARolloutThatReplacesTheLastCompleteOne() {
        App app = deployed(true);
        tracker.save(app.key(), Rollout.start(1, null, null, NOW).with(RolloutPhase.Complete, "done"));

        Rollout started = tracker.current(app, NOW);

        assertThat(started.revision()).isEqualTo(2);
        assertThat(started.fromRevision()).isEqualTo(1);
        assertThat(store.findRollout(app.key())).contains(started);
    }
}
