package io.wharf.engine.endpoints;

import java.util.Objects;

/**
 * One ready instance of an app, where traffic for it can be sent from this machine, and its share:
 * {@code weight} relative to the app's other endpoints (equal weights while no rollout splits traffic).
 */
public record Endpoint(String instanceId, String host, int port, long revision, int weight) {
    public Endpoint {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
        }
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + weight);
        }
    }
}
