package io.wharf.gateway;

import java.util.Objects;

/** One ready instance of an app, as the gateway reaches it. */
public record Backend(String instanceId, String host, int port, int weight) {

    public static final int DEFAULT_WEIGHT = 100;

    public Backend {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(host, "host");
        if (instanceId.isBlank() || host.isBlank()) {
            throw new GatewayException("backend instanceId and host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new GatewayException("backend port out of range: " + port);
        }
        if (weight < 1) {
            throw new GatewayException("backend weight must be at least 1: " + weight);
        }
    }

    public Backend(String instanceId, String host, int port) {
        this(instanceId, host, port, DEFAULT_WEIGHT);
    }

    /** As the generated one, but cheaper: backends are hashed several times per proxied request. */
    @Override
    public int hashCode() {
        int hash = instanceId.hashCode();
        hash = 31 * hash + host.hashCode();
        hash = 31 * hash + port;
        return 31 * hash + weight;
    }

    String address() {
        return host + ":" + port;
    }
}
