package io.wharf.engine.runtime;

import io.wharf.model.AppKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a runtime needs to start one instance. {@code port} is the port the instance listens
 * on inside (null: it publishes none); limits of 0 mean none.
 */
public record InstanceSpec(String id, AppKey app, long revision, String image, List<String> command,
                           Map<String, String> env, Integer port, long cpuMillis, long memoryBytes, int cpuShares,
                           Map<String, String> labels) {
    public InstanceSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(image, "image");
        command = List.copyOf(command);
        env = Map.copyOf(env);
        labels = Map.copyOf(labels);
        if (cpuMillis < 0 || memoryBytes < 0 || cpuShares < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }
}
