package io.wharf.engine.colocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wharf's class-aware placement. An online demand goes to the node where online reservations leave room for
 * it, the one needing the fewest evictions; yielding instances there are evicted, newest first, until what
 * is used fits again: online work never waits for offline work. A yielding demand goes to the first node
 * where it fits in what is idle now, and where all requests stay within what the node offers times the
 * offline overcommit ratio.
 */
public final class ClassAwarePolicy implements PlacementPolicy {
    private final double offlineOvercommit;

    public ClassAwarePolicy(double offlineOvercommit) {
        if (!(offlineOvercommit >= 1.0) || offlineOvercommit > 10.0) {
            throw new IllegalArgumentException("the offline overcommit ratio must be between 1 and 10, was "
                    + offlineOvercommit);
        }
        this.offlineOvercommit = offlineOvercommit;
    }

    @Override
    public Optional<Placement> place(Demand demand, List<NodeLoad> nodes) {
        return demand.workClass().yields() ? placeYielding(demand, nodes) : placeOnline(demand, nodes);
    }

    private Optional<Placement> placeOnline(Demand demand, List<NodeLoad> nodes) {
        Placement best = null;
        for (NodeLoad node : nodes) {
            if (node.onlineRequests().plus(demand.request()).fitsIn(node.allocatable())) {
                List<String> evict = evictUntilFits(node, demand.request());
                if (best == null || evict.size() < best.evict().size()) {
                    best = new Placement(node.name(), evict);
                }
                if (evict.isEmpty()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Placement> placeYielding(Demand demand, List<NodeLoad> nodes) {
        for (NodeLoad node : nodes) {
            boolean idle = node.usage().plus(demand.request()).fitsIn(node.allocatable());
            boolean withinOvercommit = node.requests().plus(demand.request())
                    .fitsIn(node.allocatable().times(offlineOvercommit));
            if (idle && withinOvercommit) {
                return Optional.of(new Placement(node.name(), List.of()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> evictions(NodeLoad node) {
        return evictUntilFits(node, Resources.ZERO);
    }

    /** Yielding instances of {@code node}, newest first, to evict so that its usage plus {@code extra} fits. */
    private static List<String> evictUntilFits(NodeLoad node, Resources extra) {
        List<String> evict = new ArrayList<>();
        Resources used = node.usage().plus(extra);
        for (Placed victim : node.yieldingNewestFirst()) {
            if (used.fitsIn(node.allocatable())) {
                break;
            }
            evict.add(victim.id());
            used = used.minus(victim.usage());
        }
        return evict;
    }
}
