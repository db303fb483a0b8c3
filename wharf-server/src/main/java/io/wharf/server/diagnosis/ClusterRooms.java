package io.wharf.server.diagnosis;

import io.wharf.engine.placement.Shares;
import io.wharf.model.App;
import io.wharf.model.AppType;
import io.wharf.model.Placement;
import io.wharf.model.Quantities;
import io.wharf.model.Resources;
import io.wharf.runtime.kubernetes.ClassOverride;
import io.wharf.runtime.kubernetes.SchedulingClasses;
import io.wharf.server.clusters.ClusterHealth;
import io.wharf.server.clusters.ClusterRows;
import io.wharf.server.clusters.ClusterService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The room on each Kubernetes cluster an app has a share on: the cluster's health as read now, and
 * what one instance requests there, by the cluster's scheduling class for the app's type.
 */
@Component
class ClusterRooms {
    private final ClusterRows rows;
    private final ClusterService clusters;

    ClusterRooms(ClusterRows rows, ClusterService clusters) {
        this.rows = rows;
        this.clusters = clusters;
    }

    List<ClusterRoom> of(App app) {
        List<ClusterRoom> rooms = new ArrayList<>();
        Shares.of(app, rows.labelsByName()).forEach((name, share) -> {
            if (share == 0 || Placement.LOCAL.equals(name)) {
                return;
            }
            rows.find(name).ifPresent(row -> rooms.add(room(app, name, share, row.scheduling(),
                    clusters.get(name).health())));
        });
        return rooms;
    }

    private static ClusterRoom room(App app, String cluster, int share, Map<AppType, ClassOverride> scheduling,
                                    ClusterHealth health) {
        int percent = SchedulingClasses.defaults().overriddenBy(scheduling).of(app.template().type()).requestPercent();
        Resources each = app.template().resources();
        ClusterHealth.Allocatable room = health.allocatable();
        return new ClusterRoom(cluster, share, health.reachable(), health.nodes(),
                room == null ? null : boxed(Quantities.cpuMillis(room.cpu())),
                room == null ? null : boxed(Quantities.memoryBytes(room.memory())),
                request(each.cpuMillis(), percent), request(each.memoryBytes(), percent));
    }

    /** As the pod's request: a share of the limit, at least 1 when there is a limit. */
    private static long request(long limit, int percent) {
        return limit == 0 ? 0 : Math.max(1, limit * percent / 100);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
