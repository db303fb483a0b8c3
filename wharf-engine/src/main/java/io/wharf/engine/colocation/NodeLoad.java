package io.wharf.engine.colocation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One node as placement sees it: what it offers and the instances on it. */
public record NodeLoad(String name, Resources allocatable, List<Placed> placed) {
    public NodeLoad {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(allocatable, "allocatable");
        placed = List.copyOf(placed);
    }

    /** What the node's instances ask for: online reservations and yielding requests alike. */
    public Resources requests() {
        return placed.stream().map(p -> p.demand().request()).reduce(Resources.ZERO, Resources::plus);
    }

    /** What online instances reserve. */
    public Resources onlineRequests() {
        return placed.stream().filter(p -> !p.yields()).map(p -> p.demand().request())
                .reduce(Resources.ZERO, Resources::plus);
    }

    /** What is used now: online instances' measured usage plus yielding instances' requests. */
    public Resources usage() {
        return placed.stream().map(Placed::usage).reduce(Resources.ZERO, Resources::plus);
    }

    /** Yielding instances, the most recently placed first: the order they are evicted in. */
    public List<Placed> yieldingNewestFirst() {
        return placed.stream().filter(Placed::yields)
                .sorted(Comparator.comparingLong(Placed::placedAt).reversed()).toList();
    }
}
