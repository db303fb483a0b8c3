package io.wharf.runtime.kubernetes.lb;

import java.util.Objects;

/** One ready endpoint of a Service port: the pod's address and its target port. */
public record BackendAddress(String ip, int port) {
    public BackendAddress {
        Objects.requireNonNull(ip, "ip");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("endpoint port out of range: " + port);
        }
    }
}
