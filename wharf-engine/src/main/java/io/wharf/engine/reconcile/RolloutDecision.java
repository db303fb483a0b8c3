package io.wharf.engine.reconcile;

import io.wharf.model.Rollout;
import java.time.Duration;
import java.util.List;

/**
 * What a reconcile pass does for an app: start {@code toStart} instances of the desired release,
 * take down {@code toRemove}, record {@code rollout}, and look again within {@code recheckIn}
 * (null: only when something changes).
 */
public record RolloutDecision(int toStart, List<ReconcilePlan.Removal> toRemove, Rollout rollout, Duration recheckIn) {
    public RolloutDecision {
        toRemove = List.copyOf(toRemove);
    }

    public boolean isEmpty() {
        return toStart == 0 && toRemove.isEmpty();
    }
}
