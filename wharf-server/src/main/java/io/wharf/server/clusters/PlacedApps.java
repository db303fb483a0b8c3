package io.wharf.server.clusters;

import io.wharf.engine.placement.Shares;
import io.wharf.engine.store.Store;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The apps that have a share on a cluster, by their placement and the clusters' labels now. */
@Component
class PlacedApps implements ClusterUsage {
    private final Store store;
    private final ClusterRows rows;

    PlacedApps(Store store, ClusterRows rows) {
        this.store = store;
        this.rows = rows;
    }

    @Override
    public List<String> appsOn(String cluster) {
        Map<String, Map<String, String>> labels = rows.labelsByName();
        return store.listAllApps().stream()
                .filter(app -> Shares.of(app, labels).getOrDefault(cluster, 0) > 0)
                .map(app -> app.system() + "/" + app.name())
                .toList();
    }
}
