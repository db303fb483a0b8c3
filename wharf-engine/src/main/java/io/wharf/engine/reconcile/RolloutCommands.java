package io.wharf.engine.reconcile;

import io.wharf.engine.EngineException;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.StrategyType;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What a user may do to a running rollout: pause, resume, promote a canary, abort (which rolls
 * back). Each command runs between reconcile passes of the app, and is refused with a reason when
 * the rollout is not in a state it applies to.
 */
public final class RolloutCommands {
    private final Store store;
    private final AppReconciler reconciler;
    private final Clock clock;
    private final Consumer<AppKey> reconcileSoon;

    public RolloutCommands(Store store, AppReconciler reconciler, Clock clock, Consumer<AppKey> reconcileSoon) {
        this.store = store;
        this.reconciler = reconciler;
        this.clock = clock;
        this.reconcileSoon = reconcileSoon;
    }

    public Rollout pause(AppKey key, String who) {
        return apply(key, (app, r) -> {
            require(r.phase() == RolloutPhase.Progressing, r, "only a progressing rollout can be paused");
            return r.with(RolloutPhase.Paused, "paused by " + who);
        });
    }

    public Rollout resume(AppKey key, String who) {
        return apply(key, (app, r) -> {
            require(r.phase() == RolloutPhase.Paused, r, "only a paused rollout can be resumed");
            return r.with(RolloutPhase.Progressing, "resumed by " + who).progressed(clock.instant());
        });
    }

    public Rollout promote(AppKey key, String who) {
        return apply(key, (app, r) -> {
            require(app.strategy().type() == StrategyType.CANARY, r, "only canary rollouts are promoted");
            require(!r.phase().finished() || r.phase() == RolloutPhase.Failed, r, "the rollout is over");
            int step = r.step() == null ? 0 : r.step();
            require(step < app.strategy().steps().size(), r, "the canary is at 100% already");
            String to = step + 1 < app.strategy().steps().size() ? app.strategy().steps().get(step + 1) + "%" : "100%";
            return r.atStep(step + 1, null).progressed(clock.instant())
                    .with(RolloutPhase.Progressing, "promoted to " + to + " by " + who);
        });
    }

    /** Stops the rollout and deploys the revision it replaced again, as a new release. */
    public Rollout abort(AppKey key, String who) {
        return apply(key, (app, r) -> {
            require(!r.phase().finished() || r.phase() == RolloutPhase.Failed, r, "the rollout is over; roll back instead");
            require(r.fromRevision() != null, r, "there is no earlier revision to go back to");
            Rollout aborted = r.with(RolloutPhase.Failed, "aborted by " + who);
            reconciler.rollouts().save(key, aborted);
            reconciler.rollouts().rollBack(app, aborted, "the rollout of revision " + r.revision() + " was aborted by "
                    + who, clock.instant());
            return aborted;
        });
    }

    private interface Change {
        Rollout apply(App app, Rollout current);
    }

    private Rollout apply(AppKey key, Change change) {
        synchronized (reconciler.lock(key)) {
            App app = store.findApp(key).orElseThrow(() -> new EngineException("app " + key + " does not exist"));
            Rollout current = store.findRollout(key).filter(r -> r.revision() == app.revision())
                    .orElseThrow(() -> new EngineException("app " + key + " has no rollout yet; try again in a moment"));
            Rollout changed = change.apply(app, current);
            reconciler.rollouts().save(key, changed);
            reconcileSoon.accept(key);
            return changed;
        }
    }

    private static void require(boolean ok, Rollout r, String reason) {
        if (!ok) {
            throw new EngineException("cannot do that to the rollout of revision " + r.revision() + " (" + r.phase()
                    + "): " + reason);
        }
    }
}
