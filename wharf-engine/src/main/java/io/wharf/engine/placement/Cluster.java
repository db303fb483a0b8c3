package io.wharf.engine.placement;

import io.wharf.engine.runtime.DeploymentRuntime;
import java.util.Map;
import java.util.Objects;

/** A registered cluster other than the local one: its name, its labels and the runtime that drives it. */
public record Cluster(String name, Map<String, String> labels, DeploymentRuntime runtime) {
    public Cluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(runtime, "runtime");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
