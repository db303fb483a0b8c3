package io.wharf.gateway.tcp;

import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancer;
import io.wharf.gateway.Balancing;
import java.util.List;
import java.util.Objects;

/** Where one TCP port of the gateway leads: an app's ready backends and how to pick one. */
record TcpRoute(String app, Balancing balancing, Balancer balancer, List<Backend> backends) {
    TcpRoute {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(balancing, "balancing");
        Objects.requireNonNull(balancer, "balancer");
        backends = List.copyOf(backends);
    }

    /** Keeps the balancer (and so its round-robin position) while the balancing stays the same. */
    TcpRoute next(String newApp, Balancing newBalancing, List<Backend> newBackends) {
        Balancer keep = newBalancing == balancing ? balancer : Balancer.of(newBalancing);
        return new TcpRoute(newApp, newBalancing, keep, newBackends);
    }
}
