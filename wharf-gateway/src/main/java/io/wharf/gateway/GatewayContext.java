package io.wharf.gateway;

import java.util.concurrent.ConcurrentHashMap;

/** What every connection of one gateway shares. */
final class GatewayContext {

    private final GatewaySettings settings;
    private final Routes routes;
    private final BackendHealth health;
    private final BackendPools pools;
    private final ConcurrentHashMap<String, AppCounters> counters = new ConcurrentHashMap<>();
    private final TrustedProxies trustedProxies;
    private final ConnectionsPerIp connectionsPerIp;

    GatewayContext(GatewaySettings settings, Routes routes, BackendHealth health, BackendPools pools) {
        this.settings = settings;
        this.routes = routes;
        this.health = health;
        this.pools = pools;
        this.trustedProxies = TrustedProxies.parse(settings.trustedProxies());
        this.connectionsPerIp = new ConnectionsPerIp(settings.maxConnectionsPerIp());
    }

    TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    ConnectionsPerIp connectionsPerIp() {
        return connectionsPerIp;
    }

    GatewaySettings settings() {
        return settings;
    }

    Routes routes() {
        return routes;
    }

    BackendHealth health() {
        return health;
    }

    BackendPools pools() {
        return pools;
    }

    AppCounters counters(AppRoute route) {
        return counters(route.system(), route.app());
    }

    AppCounters counters(String system, String app) {
        return counters.computeIfAbsent(AppRoute.key(system, app), key -> new AppCounters());
    }
}
