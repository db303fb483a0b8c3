package io.wharf.engine.reconcile;

import io.wharf.engine.Events;
import io.wharf.engine.store.Store;
import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each app's rollout state: starts a rollout when the desired revision changes, stores every
 * change of it, tells the story in events, and rolls a failed release back when its strategy says so.
 */
public final class RolloutTracker {
    public static final String AUTOMATIC = "wharf";
    private final Store store;
    private final Events events;
    private final Map<AppKey, Rollout> known = new ConcurrentHashMap<>();

    public RolloutTracker(Store store, Events events) {
        this.store = store;
        this.events = events;
    }

    /** The rollout as last recorded, for traffic decisions between reconciles. */
    public Optional<Rollout> known(AppKey key) {
        return Optional.ofNullable(known.get(key));
    }

    /** The rollout of the app's desired revision, started now if there is none yet. */
    public Rollout current(App app, Instant now) {
        Rollout last = known.computeIfAbsent(app.key(), k -> store.findRollout(k).orElse(null));
        if (last != null && last.revision() == app.revision()) {
            return last;
        }
        Long from = last == null ? null : stable(last);
        Long restores = store.findRelease(app.key(), app.revision()).map(Release::restores).orElse(null);
        Rollout started = Rollout.start(app.revision(), from, restores, now);
        save(app.key(), started);
        if (from != null) {
            events.normal(app.key(), "RolloutStarted", "revision " + app.revision() + " replaces revision " + from
                    + " (" + app.strategy().type().wireName() + ")");
        }
        return started;
    }

    /**
     * Stores what a reconcile made of the rollout; on a fresh failure, rolls back if the strategy says so.
     * @return whether a rollback release was made (the app has a new desired revision)
     */
    public boolean record(App app, Rollout before, Rollout after, Instant now) {
        if (after.equals(before)) {
            return false;
        }
        save(app.key(), after);
        if (after.phase() == before.phase()) {
            return false;
        }
        switch (after.phase()) {
            case Complete -> events.normal(app.key(), "RolloutComplete", after.message());
            case RolledBack -> events.normal(app.key(), "RolledBack", after.message());
            case Failed -> {
                events.warning(app.key(), "RolloutFailed", after.message());
                return app.strategy().autoRollback()
                        && rollBack(app, after, "revision " + after.revision() + " failed: " + after.message(), now);
            }
            default -> events.normal(app.key(), "Rollout" + after.phase(), after.message());
        }
        return false;
    }

    /**
     * Deploys the last stable revision again, as a new release; false when there is none or the
     * app changed meanwhile (its newer release wins).
     */
    public boolean rollBack(App app, Rollout rollout, String why, Instant now) {
        Long target = rollout.fromRevision();
        Optional<Release> restored = target == null ? Optional.empty() : store.findRelease(app.key(), target);
        if (restored.isEmpty()) {
            events.warning(app.key(), "NoRollback", "no earlier revision to roll back to: " + why);
            return false;
        }
        Strategy strategy = new Strategy(StrategyType.ROLLING, Amount.percent(25), Amount.ZERO,
                app.strategy().progressDeadlineSeconds(), false, 0, List.of(), null);
        long revision = app.revision() + 1;
        Release release = new Release(app.key(), revision, restored.get().template(), strategy, AUTOMATIC, now,
                "restores revision " + target + " because " + why, target);
        try {
            if (!store.updateApp(app.withRelease(release.template(), revision, strategy, now), release)) {
                return false;
            }
        } catch (StoreConflictException newerRelease) {
            return false;
        }
        events.warning(app.key(), "RollingBack", "revision " + revision + " restores revision " + target + " because " + why);
        return true;
    }

    public void save(AppKey key, Rollout rollout) {
        store.saveRollout(key, rollout);
        known.put(key, rollout);
    }

    public void forget(AppKey key) {
        known.remove(key);
    }

    private static Long stable(Rollout last) {
        return last.phase() == RolloutPhase.Complete || last.phase() == RolloutPhase.RolledBack
                ? Long.valueOf(last.revision()) : last.fromRevision();
    }
}
