package io.wharf.gateway;

import java.util.Objects;

/**
 * Finds the app for a Host header on one connection, remembering the last answer until the routes change:
 * a connection mostly asks for one host. Used only from the connection's event loop.
 */
final class HostLookup {

    private final Routes routes;
    private final String domain;
    private RouteSnapshot snapshot;
    private String rawHost;
    private String host;
    private AppRoute route;

    HostLookup(Routes routes, String domain) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    /** Looks {@code header} up; then {@link #host()} and {@link #route()} tell the answer. */
    void find(String header) {
        RouteSnapshot current = routes.snapshot();
        if (current == snapshot && header != null && header.equals(rawHost)) {
            return;
        }
        snapshot = current;
        rawHost = header;
        host = HostNames.normalize(header);
        route = host == null ? null : current.find(host, domain);
    }

    /** The normalised host, or null if the header was missing or bad. */
    String host() {
        return host;
    }

    /** The app serving the host, or null. */
    AppRoute route() {
        return route;
    }
}
