package io.wharf.engine.colocation;

import java.util.List;
import java.util.Objects;

/** Where a demand goes, and the yielding instances to evict there first (none for most placements). */
public record Placement(String node, List<String> evict) {
    public Placement {
        Objects.requireNonNull(node, "node");
        evict = List.copyOf(evict);
    }
}
