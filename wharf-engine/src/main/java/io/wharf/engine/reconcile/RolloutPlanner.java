package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.reconcile.ReconcilePlan.Removal;
import io.wharf.model.App;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides the next moves of an app's rollout: a pure function of the desired release, the rollout
 * state and the observed instances. Scaling is a rollout with nothing old to replace.
 */
public final class RolloutPlanner {
    private final App app;
    private final Strategy strategy;
    private final Rollout rollout;
    private final Fleet fleet;
    private final Instant now;
    private final List<Removal> removals = new ArrayList<>();
    private Rollout next;
    private Duration recheck;

    private RolloutPlanner(App app, Rollout rollout, List<ObservedInstance> observed, Instant now) {
        this.app = app;
        this.strategy = app.strategy();
        this.rollout = rollout;
        this.next = rollout;
        this.fleet = Fleet.of(app, observed);
        this.now = now;
    }

    /** @param failure the app's last unresolved failure, for the reason of a failed rollout; may be null */
    public static RolloutDecision plan(App app, Rollout rollout, List<ObservedInstance> observed, Instant now,
                                       String failure) {
        return plan(app, rollout, observed, now, failure, null);
    }

    /**
     * @param fatal a failure of this revision that waiting will not cure (its image cannot be pulled):
     *              the rollout fails now, with it as the reason; may be null
     */
    public static RolloutDecision plan(App app, Rollout rollout, List<ObservedInstance> observed, Instant now,
                                       String failure, String fatal) {
        return new RolloutPlanner(app, rollout, observed, now).decide(failure, fatal);
    }

    private RolloutDecision decide(String failure, String fatal) {
        fleet.dead().forEach(i -> removals.add(new Removal(i.id(), "it is not running", false)));
        removeSurplusCurrent();
        int toStart = movesOfTheStrategy();
        RolloutPhases.advance(this, failure, fatal);
        return new RolloutDecision(toStart, removals, next, recheck);
    }

    private void removeSurplusCurrent() {
        List<ObservedInstance> order = new ArrayList<>(fleet.current());
        java.util.Collections.reverse(order);
        order.sort(Comparator.comparing(ObservedInstance::ready));
        order.stream().limit(Math.max(0, fleet.current().size() - fleet.wanted(app)))
                .forEach(i -> removals.add(new Removal(i.id(), "the app was scaled to " + app.replicas(), true)));
    }

    private int movesOfTheStrategy() {
        int missing = fleet.gaveUp() ? 0 : Math.max(0, fleet.wanted(app) - fleet.current().size());
        Instant retryAt = BatchRuns.nextRunAt(fleet.failed());
        if (missing > 0 && retryAt != null && now.isBefore(retryAt)) {
            recheckIn(Duration.between(now, retryAt));
            missing = 0;
        }
        if (fleet.old().isEmpty()) {
            boolean recreating = strategy.type() == StrategyType.RECREATE && fleet.oldTerminating();
            return recreating ? 0 : missing;
        }
        if (rollout.phase() == RolloutPhase.Paused) {
            return 0;
        }
        return switch (strategy.type()) {
            case ROLLING -> rolling(strategy.maxSurge().of(app.replicas(), true),
                    strategy.maxUnavailable().of(app.replicas(), false));
            case RECREATE -> recreate();
            case BLUE_GREEN -> blueGreen(missing);
            case CANARY -> canary(missing);
        };
    }

    private int rolling(int surge, int unavailable) {
        int n = fleet.gaveUp() ? 0 : fleet.wanted(app);
        if (surge == 0 && unavailable == 0) {
            surge = 1;
        }
        int toStart = Math.max(0, Math.min(n - fleet.current().size(), n + surge - fleet.live()));
        int removableReady = fleet.readyCurrent() + fleet.readyOld() - Math.max(0, n - unavailable);
        List<ObservedInstance> order = new ArrayList<>(fleet.old());
        order.sort(Comparator.comparing(ObservedInstance::ready));
        for (ObservedInstance old : order) {
            if (!old.ready()) {
                replace(old);
            } else if (removableReady > 0) {
                replace(old);
                removableReady--;
            }
        }
        return toStart;
    }

    private int recreate() {
        fleet.old().forEach(this::replace);
        return 0;
    }

    private int blueGreen(int missing) {
        if (!BlueGreen.switched(app, rollout, fleet)) {
            return missing;
        }
        if (next.switchedAt() == null) {
            next = next.switched(now);
        }
        Instant dropOld = next.switchedAt().plusSeconds(strategy.keepOldSeconds());
        if (now.isBefore(dropOld)) {
            recheckIn(Duration.between(now, dropOld));
        } else {
            fleet.old().forEach(i -> removals.add(new Removal(i.id(), "revision " + app.revision()
                    + " took over traffic " + strategy.keepOldSeconds() + " s ago", true)));
        }
        return missing;
    }

    private int canary(int missing) {
        int step = rollout.step() == null ? 0 : rollout.step();
        if (next.step() == null) {
            next = next.atStep(0, null);
        }
        if (step >= strategy.steps().size()) {
            return rolling(Math.max(1, (app.replicas() + 3) / 4), 0);
        }
        int canaries = Canary.instances(app.replicas(), strategy.steps().get(step));
        if (fleet.readyCurrent() >= canaries) {
            stepReady(step);
        }
        return Math.max(0, Math.min(missing, canaries - fleet.current().size()));
    }

    private void stepReady(int step) {
        if (next.stepAt() == null) {
            next = next.atStep(step, now).progressed(now);
        }
        Integer pause = strategy.pauseSeconds();
        if (pause == null) {
            return;
        }
        Instant advance = next.stepAt().plusSeconds(pause);
        if (now.isBefore(advance)) {
            recheckIn(Duration.between(now, advance));
        } else {
            next = next.atStep(step + 1, null).progressed(now);
            recheckIn(Duration.ZERO);
        }
    }

    private void replace(ObservedInstance old) {
        removals.add(new Removal(old.id(), "revision " + app.revision() + " replaces revision "
                + old.instance().revision(), true));
    }

    void recheckIn(Duration delay) {
        recheck = recheck == null || delay.compareTo(recheck) < 0 ? delay : recheck;
    }

    App app() {
        return app;
    }

    Fleet fleet() {
        return fleet;
    }

    Instant now() {
        return now;
    }

    Rollout next() {
        return next;
    }

    void next(Rollout rollout) {
        this.next = rollout;
    }
}
