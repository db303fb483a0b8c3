package io.wharf.server.api;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.List;

/** A custom domain or a gateway TCP port leads to one app only: asking for another app's is a conflict. */
final class RoutingConflicts {
    private final Store store;

    RoutingConflicts(Store store) {
        this.store = store;
    }

    /** Checks only what the request sets. */
    void requireFree(AppKey key, AppRequest request) {
        List<String> domains = request.domains();
        Integer tcp = request.expose() == null ? null : request.expose().tcp();
        if ((domains == null || domains.isEmpty()) && tcp == null) {
            return;
        }
        for (App other : store.listAllApps()) {
            if (other.key().equals(key)) {
                continue;
            }
            if (domains != null) {
                other.domains().stream().filter(domains::contains).findFirst().ifPresent(taken -> {
                    throw ApiException.conflict("domain " + taken + " belongs to app " + other.key());
                });
            }
            if (tcp != null && tcp.equals(other.routing().tcpPort())) {
                throw ApiException.conflict("gateway TCP port " + tcp + " belongs to app " + other.key());
            }
        }
    }
}
