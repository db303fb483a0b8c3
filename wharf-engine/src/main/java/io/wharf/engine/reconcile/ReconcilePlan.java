package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * What to take down when an app is deleted: everything. (A live app's moves come from the
 * {@link RolloutPlanner}.) {@link Removal} is an instance to take down, for either.
 */
public record ReconcilePlan(List<Removal> toRemove) {
    /** An instance to take down; {@code graceful} gives it time to finish its work. */
    public record Removal(String id, String reason, boolean graceful) {
    }

    public ReconcilePlan {
        toRemove = List.copyOf(toRemove);
    }

    public static ReconcilePlan forDeletedApp(List<ObservedInstance> observed) {
        List<Removal> removals = new ArrayList<>();
        observed.stream().filter(i -> !i.terminating() && !i.instance().running())
                .forEach(i -> removals.add(new Removal(i.id(), "it is not running", false)));
        observed.stream().filter(ObservedInstance::live)
                .forEach(i -> removals.add(new Removal(i.id(), "the app was deleted", true)));
        return new ReconcilePlan(removals);
    }
}
