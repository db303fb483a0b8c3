package io.wharf.gateway;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An immutable view of all routes; replaced as a whole on every change. */
final class RouteSnapshot {

    static final RouteSnapshot EMPTY = new RouteSnapshot(Map.of(), Map.of());

    private final Map<String, AppRoute> apps;
    private final Map<String, AppRoute> customDomains;
    private volatile Set<Backend> backends;

    private RouteSnapshot(Map<String, AppRoute> apps, Map<String, AppRoute> customDomains) {
        this.apps = apps;
        this.customDomains = customDomains;
    }

    /** Every backend of every app: made once per snapshot, on first use. */
    Set<Backend> backends() {
        Set<Backend> all = backends;
        if (all == null) {
            Set<Backend> found = new HashSet<>();
            apps.values().forEach(route -> found.addAll(route.backends()));
            all = Set.copyOf(found);
            backends = all;
        }
        return all;
    }

    AppRoute app(String system, String app) {
        return apps.get(AppRoute.key(system, app));
    }

    /** Finds the app for a normalised host: a custom domain, or {@code <app>.<system>.<domain>}. */
    AppRoute find(String host, String domain) {
        AppRoute custom = customDomains.get(host);
        if (custom != null || !host.endsWith("." + domain)) {
            return custom;
        }
        String prefix = host.substring(0, host.length() - domain.length() - 1);
        int dot = prefix.indexOf('.');
        if (dot <= 0 || dot == prefix.length() - 1) {
            return null;
        }
        return apps.get(AppRoute.key(prefix.substring(dot + 1), prefix.substring(0, dot)));
    }

    RouteSnapshot with(AppRoute route) {
        Map<String, AppRoute> next = new HashMap<>(apps);
        next.put(route.key(), route);
        return of(next);
    }

    RouteSnapshot without(String system, String app) {
        Map<String, AppRoute> next = new HashMap<>(apps);
        next.remove(AppRoute.key(system, app));
        return of(next);
    }

    private static RouteSnapshot of(Map<String, AppRoute> apps) {
        Map<String, AppRoute> domains = new HashMap<>();
        for (AppRoute route : apps.values()) {
            for (String domain : route.customDomains()) {
                AppRoute previous = domains.putIfAbsent(domain, route);
                if (previous != null) {
                    throw new GatewayException("domain " + domain + " is claimed by app " + previous.key()
                            + " and app " + route.key());
                }
            }
        }
        return new RouteSnapshot(Map.copyOf(apps), Map.copyOf(domains));
    }
}
