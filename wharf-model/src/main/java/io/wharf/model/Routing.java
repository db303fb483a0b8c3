package io.wharf.model;

import java.util.List;
import java.util.Objects;

/**
 * How traffic reaches an app: the custom domains it answers to besides its own name, how the
 * gateway balances it, and the TCP port the gateway opens for it (null: HTTP only). Routing is
 * no part of a revision: changing it restarts nothing.
 */
public record Routing(List<String> domains, LoadBalancing balancing, Integer tcpPort) {
    public static final Routing DEFAULT = new Routing(List.of(), LoadBalancing.ROUND_ROBIN, null);
    public static final int MIN_TCP_PORT = 1024;

    public Routing {
        domains = domains == null ? List.of() : List.copyOf(domains);
        balancing = balancing == null ? LoadBalancing.ROUND_ROBIN : balancing;
    }

    public Routing withDomains(List<String> newDomains) {
        return new Routing(Objects.requireNonNull(newDomains, "domains"), balancing, tcpPort);
    }

    public Routing withBalancing(LoadBalancing newBalancing) {
        return new Routing(domains, Objects.requireNonNull(newBalancing, "balancing"), tcpPort);
    }

    public Routing withTcpPort(Integer newTcpPort) {
        return new Routing(domains, balancing, newTcpPort);
    }

    /** Ports below 1024 need privileges Wharf does not ask for. */
    public static void checkTcpPort(Errors errors, String field, Integer port) {
        if (port != null) {
            errors.check(port >= MIN_TCP_PORT && port <= 65535, field,
                    "must be a port between " + MIN_TCP_PORT + " and 65535, was " + port);
        }
    }
}
