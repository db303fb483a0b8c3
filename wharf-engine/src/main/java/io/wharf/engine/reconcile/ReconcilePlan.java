package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The difference between what an app wants and what runs, as actions: how many instances to start
 * and which to remove. A pure function of desired and observed state; a null app means delete.
 */
public record ReconcilePlan(int toStart, List<Removal> toRemove) {
    /** An instance to take down; {@code graceful} gives it time to finish its work. */
    public record Removal(String id, String reason, boolean graceful) {
    }

    public ReconcilePlan {
        toRemove = List.copyOf(toRemove);
    }

    public boolean isEmpty() {
        return toStart == 0 && toRemove.isEmpty();
    }

    /** @param observed the app's instances, oldest first */
    public static ReconcilePlan of(App desired, List<ObservedInstance> observed) {
        List<Removal> removals = new ArrayList<>();
        observed.stream().filter(i -> !i.terminating() && !i.instance().running())
                .forEach(i -> removals.add(new Removal(i.id(), "it is not running", false)));
        List<ObservedInstance> live = observed.stream().filter(ObservedInstance::live).toList();
        if (desired == null) {
            live.forEach(i -> removals.add(new Removal(i.id(), "the app was deleted", true)));
            return new ReconcilePlan(0, removals);
        }
        List<ObservedInstance> current = live.stream().filter(i -> i.instance().revision() == desired.revision()).toList();
        List<ObservedInstance> older = live.stream().filter(i -> i.instance().revision() != desired.revision()).toList();
        int surplus = current.size() - desired.replicas();
        surplusFirst(current).stream().limit(Math.max(0, surplus))
                .forEach(i -> removals.add(new Removal(i.id(), "the app was scaled to " + desired.replicas(), true)));
        long readyCurrent = current.stream().filter(ObservedInstance::ready).count();
        if (readyCurrent >= desired.replicas()) {
            older.forEach(i -> removals.add(new Removal(i.id(),
                    "revision " + desired.revision() + " replaced revision " + i.instance().revision(), true)));
        }
        return new ReconcilePlan(Math.max(0, -surplus), removals);
    }

    /** Which instances to give up first on scale-down: the not-ready ones, then the newest. */
    private static List<ObservedInstance> surplusFirst(List<ObservedInstance> current) {
        List<ObservedInstance> order = new ArrayList<>(current);
        java.util.Collections.reverse(order);
        order.sort(Comparator.comparing(ObservedInstance::ready));
        return order;
    }
}
