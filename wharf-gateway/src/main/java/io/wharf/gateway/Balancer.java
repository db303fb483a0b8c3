package io.wharf.gateway;

import java.util.List;
import java.util.function.ToIntFunction;

/** Picks one backend out of a non-empty list of usable candidates. Implementations are thread-safe. */
public interface Balancer {

    Backend pick(List<Backend> candidates, ToIntFunction<Backend> inFlight);

    static Balancer of(Balancing balancing) {
        return switch (balancing) {
            case ROUND_ROBIN -> new RoundRobinBalancer();
            case LEAST_CONNECTIONS -> new LeastConnectionsBalancer();
            case WEIGHTED -> new WeightedBalancer();
        };
    }
}
