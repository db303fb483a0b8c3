package io.wharf.gateway;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The routing table the server feeds: which hosts go to which app, and which backends are ready.
 * Thread-safe; readers see an immutable snapshot without locking.
 */
public final class Routes {

    private final AtomicReference<RouteSnapshot> snapshot = new AtomicReference<>(RouteSnapshot.EMPTY);

    public void setApp(String system, String app, List<String> customDomains, Balancing balancing,
                       List<Backend> readyBackends) {
        requireLabel(system, "system");
        requireLabel(app, "app");
        Objects.requireNonNull(balancing, "balancing");
        List<Backend> backends = List.copyOf(readyBackends);
        List<String> domains = customDomains.stream().map(d -> {
            String normalized = HostNames.normalize(d);
            if (normalized == null || !normalized.equals(d.trim().toLowerCase(java.util.Locale.ROOT))) {
                throw new GatewayException("bad custom domain for app " + system + "/" + app + ": " + d);
            }
            return normalized;
        }).distinct().toList();
        snapshot.updateAndGet(current -> {
            AppRoute old = current.app(system, app);
            Balancer balancer = old != null && old.balancing() == balancing ? old.balancer() : Balancer.of(balancing);
            return current.with(new AppRoute(system, app, domains, balancing, balancer, backends));
        });
    }

    public void removeApp(String system, String app) {
        snapshot.updateAndGet(current -> current.without(system, app));
    }

    RouteSnapshot snapshot() {
        return snapshot.get();
    }

    private static void requireLabel(String label, String what) {
        if (label == null || label.isEmpty() || label.contains(".") || HostNames.normalize(label) == null
                || !label.equals(HostNames.normalize(label))) {
            throw new GatewayException("bad " + what + " name for routing: " + label);
        }
    }
}
