package io.wharf.engine.colocation;

import java.util.List;
import java.util.Optional;

/**
 * JDOS 1.0's rule, kept to compare against: the first node whose free resources (what it offers minus every
 * request on it) hold the demand; no class is preferred, nothing is overcommitted or evicted.
 */
public final class FirstFitPolicy implements PlacementPolicy {
    @Override
    public Optional<Placement> place(Demand demand, List<NodeLoad> nodes) {
        for (NodeLoad node : nodes) {
            if (node.requests().plus(demand.request()).fitsIn(node.allocatable())) {
                return Optional.of(new Placement(node.name(), List.of()));
            }
        }
        return Optional.empty();
    }
}
