package io.wharf.engine;

import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.Instance;
import java.time.Instant;
import java.util.Locale;

/**
 * What the engine knows of one instance: the runtime's view plus readiness and whether the engine
 * is taking it down. Immutable; the cache swaps whole values.
 */
public record ObservedInstance(RuntimeInstance instance, boolean ready, int probeFailures, Instant lastProbe,
                               boolean terminating) {
    public static ObservedInstance of(RuntimeInstance instance, boolean ready) {
        return new ObservedInstance(instance, ready, 0, Instant.EPOCH, false);
    }

    public String id() {
        return instance.id();
    }

    /** Running and not being taken down: it counts towards the wanted replicas. */
    public boolean live() {
        return instance.running() && !terminating;
    }

    public ObservedInstance withInstance(RuntimeInstance newer) {
        return new ObservedInstance(newer, ready && newer.running(), probeFailures, lastProbe, terminating);
    }

    public ObservedInstance withProbe(boolean newReady, int failures, Instant at) {
        return new ObservedInstance(instance, newReady, failures, at, terminating);
    }

    public ObservedInstance asTerminating() {
        return new ObservedInstance(instance, false, probeFailures, lastProbe, true);
    }

    public Instance view() {
        String state = terminating ? "terminating" : instance.state().name().toLowerCase(Locale.ROOT);
        return new Instance(instance.id(), state, ready, instance.address(), instance.revision(), instance.restarts(),
                instance.startedAt());
    }
}
