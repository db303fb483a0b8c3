package io.wharf.engine.reconcile;

import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.engine.colocation.ClassAwarePolicy;
import io.wharf.engine.colocation.Demand;
import io.wharf.engine.colocation.NodeLoad;
import io.wharf.engine.colocation.Placed;
import io.wharf.engine.colocation.Placement;
import io.wharf.engine.colocation.PlacementPolicy;
import io.wharf.engine.colocation.Resources;
import io.wharf.engine.colocation.WorkClass;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * This machine as one node of {@link ClassAwarePolicy}: an instance starts only once the policy found it
 * room, and an online instance may need yielding instances evicted first. Each instance asks for its
 * app's {@code resources} and is taken to use all of it. Instances admitted but not yet seen started
 * count, and instances chosen for eviction no longer do. Without a capacity every instance is admitted.
 */
final class LocalNode {
    private static final String NAME = "local";
    private final Resources allocatable;
    private final PlacementPolicy policy = new ClassAwarePolicy(1.0);
    private final InstanceCache cache;
    private final Function<AppKey, Optional<App>> apps;
    private final Supplier<Instant> clock;
    private final Map<String, Placed> starting = new HashMap<>();
    private final Set<String> evicting = new HashSet<>();

    /** @param allocatable what this machine offers; null: no limit */
    LocalNode(Resources allocatable, InstanceCache cache, Function<AppKey, Optional<App>> apps, Supplier<Instant> clock) {
        this.allocatable = allocatable;
        this.cache = cache;
        this.apps = apps;
        this.clock = clock;
    }

    /**
     * Room for instance {@code id} of {@code app}: empty when it must wait; else the yielding instances to
     * evict for it first (most often none). The instance counts from now until {@link #settled}.
     */
    synchronized Optional<List<String>> admit(App app, String id) {
        if (allocatable == null) {
            return Optional.of(List.of());
        }
        evicting.removeIf(victim -> cache.get(victim).map(ObservedInstance::terminating).orElse(true));
        Demand demand = demand(app, id);
        Optional<Placement> placement = policy.place(demand, List.of(load()))
                // an instance still starting cannot be stopped yet: wait for its start (settled looks again)
                .filter(p -> p.evict().stream().noneMatch(starting::containsKey));
        placement.ifPresent(p -> {
            starting.put(id, new Placed(demand, demand.request(), clock.get().toEpochMilli()));
            evicting.addAll(p.evict());
        });
        return placement.map(Placement::evict);
    }

    /** Instance {@code id} started (the cache now has it) or failed to. */
    synchronized void settled(String id) {
        starting.remove(id);
    }

    /** Why an instance of {@code app} waits: what it asks for, and what this machine has left. */
    synchronized String shortage(App app) {
        NodeLoad load = load();
        Resources ask = request(app);
        Resources online = load.onlineRequests();
        return "each asks for " + ResourceText.of(ask) + "; this machine offers " + ResourceText.of(allocatable)
                + ", of which online apps reserve " + ResourceText.of(online) + " and offline and batch apps use "
                + ResourceText.of(load.requests().minus(online));
    }

    private NodeLoad load() {
        List<Placed> placed = new ArrayList<>(starting.values());
        for (ObservedInstance o : cache.all()) {
            boolean holds = !o.terminating() && o.instance().state() != RuntimeInstance.State.EXITED
                    && !evicting.contains(o.id()) && !starting.containsKey(o.id());
            if (holds) {
                apps.apply(o.instance().app()).ifPresent(app -> {
                    Demand demand = demand(app, o.id());
                    Instant since = o.instance().startedAt() == null ? Instant.EPOCH : o.instance().startedAt();
                    placed.add(new Placed(demand, demand.request(), since.toEpochMilli()));
                });
            }
        }
        return new NodeLoad(NAME, allocatable, placed);
    }

    private static Demand demand(App app, String id) {
        return new Demand(id, WorkClass.of(app.template().type()), request(app));
    }

    static Resources request(App app) {
        return new Resources(app.template().resources().cpuMillis(), app.template().resources().memoryBytes());
    }
}
