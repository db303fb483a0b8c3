package io.wharf.engine;

import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The engine's observed state: every instance it knows of, by id. Fed by runtime events and probes. */
public final class InstanceCache {
    private static final Comparator<ObservedInstance> OLDEST_FIRST = Comparator
            .comparing((ObservedInstance i) -> i.instance().startedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ObservedInstance::id);
    private final Map<String, ObservedInstance> byId = new ConcurrentHashMap<>();

    public void put(ObservedInstance instance) {
        byId.put(instance.id(), instance);
    }

    /**
     * Keeps what is known of the instance (its readiness above all) and takes the fresh runtime view, unless
     * the instance already exited: a start's view may be older than the exit the runtime reported first,
     * and an instance never runs again (no restart policy).
     */
    public void merge(ObservedInstance fresh) {
        byId.merge(fresh.id(), fresh, (known, f) -> known.instance().state() == RuntimeInstance.State.EXITED ? known
                : f.ready() ? f : known.withInstance(f.instance()));
    }

    /** Records the instance unless something already did: a probe's verdict is never overwritten. */
    public void putIfAbsent(ObservedInstance instance) {
        byId.putIfAbsent(instance.id(), instance);
    }

    public Optional<ObservedInstance> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Applies {@code change} atomically if the instance is known; returns the new value. */
    public Optional<ObservedInstance> update(String id, UnaryOperator<ObservedInstance> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (k, v) -> change.apply(v)));
    }

    public Optional<ObservedInstance> remove(String id) {
        return Optional.ofNullable(byId.remove(id));
    }

    /** The app's instances, oldest first. */
    public List<ObservedInstance> of(AppKey app) {
        return byId.values().stream()
                .filter(i -> i.instance().app().equals(app))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    public Collection<ObservedInstance> all() {
        return List.copyOf(byId.values());
    }
}
