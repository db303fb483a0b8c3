package io.wharf.engine.colocation;

import java.util.Objects;

/** An instance that wants a node: its id, class and request. */
public record Demand(String id, WorkClass workClass, Resources request) {
    public Demand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workClass, "workClass");
        Objects.requireNonNull(request, "request");
    }
}
