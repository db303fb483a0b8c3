package io.wharf.engine.reconcile;

import io.wharf.model.App;
import io.wharf.model.Rollout;
import io.wharf.model.StrategyType;

/** Canary: a few instances of the new release get a set share of the traffic, step by step. */
final class Canary {
    private Canary() {
    }

    /** The step's traffic percentage, or null once past the last step (or for other strategies). */
    static Integer weight(App app, Rollout rollout) {
        if (app.strategy().type() != StrategyType.CANARY || rollout == null || rollout.revision() != app.revision()) {
            return null;
        }
        int step = rollout.step() == null ? 0 : rollout.step();
        return step < app.strategy().steps().size() ? app.strategy().steps().get(step) : null;
    }

    /** How many new instances carry a step's share: enough for the share of the replicas, at least one. */
    static int instances(int replicas, int percent) {
        return Math.min(Math.max(replicas, 1), Math.max(1, (replicas * percent + 99) / 100));
    }

    static boolean waitingForPromote(App app, Rollout rollout, Fleet fleet) {
        return weight(app, rollout) != null && app.strategy().pauseSeconds() == null && rollout.stepAt() != null
                && !fleet.old().isEmpty();
    }
}
