package io.wharf.engine.colocation;

import java.util.Objects;

/**
 * An instance on a node: its demand, what it uses now (measured; a yielding instance is taken to use its
 * whole request), and when it was placed, so that the newest yielding instance is evicted first.
 */
public record Placed(Demand demand, Resources usage, long placedAt) {
    public Placed {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(usage, "usage");
    }

    public String id() {
        return demand.id();
    }

    public boolean yields() {
        return demand.workClass().yields();
    }
}
