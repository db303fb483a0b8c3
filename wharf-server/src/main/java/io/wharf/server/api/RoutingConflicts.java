package io.wharf.server.api;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.List;
import java.util.function.Predicate;

/**
 * A custom domain or a gateway TCP port leads to one app only: asking for another app's is a
 * conflict. Wharf's zone belongs to its apps' own names: a custom domain may not be the zone's apex
 * nor another app's {@code <app>.<system>.<zone>}, and other names inside the zone are refused so
 * that no later app finds its name taken.
 */
final class RoutingConflicts {
    private final Store store;
    private final String zone;
    private final Predicate<String> sees;

    /** @param sees whether the caller may see a system: an owner in another system is not named */
    RoutingConflicts(Store store, String zone, Predicate<String> sees) {
        this.store = store;
        this.zone = zone.toLowerCase(java.util.Locale.ROOT);
        this.sees = sees;
    }

    private String owner(AppKey app) {
        return sees.test(app.system()) ? "app " + app : "an app of a system you cannot see";
    }

    /** Checks what the request sets, and for a new app that its own name is nobody's custom domain. */
    void requireFree(AppKey key, AppRequest request, boolean creating) {
        List<String> domains = request.domains() == null ? List.of() : request.domains();
        Integer tcp = request.expose() == null ? null : request.expose().tcp();
        domains.forEach(domain -> requireOutsideTheZone(key, domain));
        if (domains.isEmpty() && tcp == null && !creating) {
            return;
        }
        String ownName = key.app() + "." + key.system() + "." + zone;
        for (App other : store.listAllApps()) {
            if (other.key().equals(key)) {
                continue;
            }
            other.domains().stream().filter(domains::contains).findFirst().ifPresent(taken -> {
                throw ApiException.conflict("domain " + taken + " belongs to " + owner(other.key()));
            });
            if (creating && other.domains().contains(ownName)) {
                throw ApiException.conflict("this app's name " + ownName + " is a custom domain of " + owner(other.key())
                        + "; remove it there first");
            }
            if (tcp != null && tcp.equals(other.routing().tcpPort())) {
                throw ApiException.conflict("gateway TCP port " + tcp + " belongs to " + owner(other.key()));
            }
        }
    }

    private void requireOutsideTheZone(AppKey key, String domain) {
        if (domain.equals(zone)) {
            throw ApiException.conflict("domain " + domain + " is the apex of Wharf's own zone (wharf.domain)");
        }
        if (!domain.endsWith("." + zone)) {
            return;
        }
        String[] labels = domain.substring(0, domain.length() - zone.length() - 1).split("\\.");
        if (labels.length == 2 && !(labels[1].equals(key.system()) && labels[0].equals(key.app()))
                && sees.test(labels[1]) && store.findApp(new AppKey(labels[1], labels[0])).isPresent()) {
            throw ApiException.conflict("domain " + domain + " is the name of " + owner(new AppKey(labels[1], labels[0])));
        }
        throw new ValidationException(List.of(new FieldError("domains", "must not be inside Wharf's zone " + zone
                + " (was " + domain + "); the app is already " + key.app() + "." + key.system() + "." + zone)));
    }
}
