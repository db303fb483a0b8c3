package io.wharf.engine.colocation;

import java.util.List;
import java.util.Optional;

/** Chooses a node for a demand; empty means it waits ({@code Pending}) until room returns. */
public interface PlacementPolicy {
    Optional<Placement> place(Demand demand, List<NodeLoad> nodes);

    /**
     * The yielding instances to evict from {@code node} now, newest first, so that what its instances use
     * fits what it offers again (online usage rose). None by default: a policy that never overcommits
     * never needs to.
     */
    default List<String> evictions(NodeLoad node) {
        return List.of();
    }
}
