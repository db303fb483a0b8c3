package io.wharf.dns;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The apps the DNS server answers for. Thread-safe; readers never block: every change swaps in
 * a new immutable snapshot, and queries see it at once.
 */
public final class DnsRecords {

    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.EMPTY);

    /**
     * Publishes or replaces an app.
     *
     * @param customDomains extra names that resolve to the gateway, e.g. {@code shop.example.com}
     * @param readyInstances the SRV targets; instance ids must be unique within the app
     */
    public void setApp(String system, String app, List<String> customDomains, List<SrvTarget> readyInstances) {
        String systemLabel = Names.label(system, "system");
        String appLabel = Names.label(app, "app");
        List<String> domains = customDomains == null ? List.of()
                : customDomains.stream().map(d -> Names.domain(d, "custom domain")).distinct().toList();
        List<SrvTarget> instances = readyInstances == null ? List.of() : List.copyOf(readyInstances);
        Set<String> ids = new HashSet<>();
        for (SrvTarget instance : instances) {
            if (!ids.add(instance.instanceId())) {
                throw new IllegalArgumentException("duplicate instance id: " + instance.instanceId());
            }
        }
        Snapshot.App entry = new Snapshot.App(systemLabel, appLabel, domains, instances);
        current.updateAndGet(snapshot -> snapshot.with(entry));
    }

    /** Removes an app; unknown apps are ignored. */
    public void removeApp(String system, String app) {
        String systemLabel = Names.label(system, "system");
        String appLabel = Names.label(app, "app");
        current.updateAndGet(snapshot -> snapshot.without(systemLabel, appLabel));
    }

    Snapshot snapshot() {
        return current.get();
    }
}
