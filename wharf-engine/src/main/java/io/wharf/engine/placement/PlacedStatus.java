package io.wharf.engine.placement;

import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The honest status of an app placed on several clusters. Available only when every cluster runs
 * its share ready; Degraded while a cluster cannot be reached (its instances are unknown, and
 * nothing is deleted or moved), when a cluster refused the app, at once when a cluster cannot pull
 * the image of the current template, or when the change is overdue.
 */
public final class PlacedStatus {
    private PlacedStatus() {
    }

    /** @param local the local cluster's status of its share; null when the app has no local share */
    public static AppStatus compute(App app, AppStatus local, List<ClusterView> clusters, Instant now,
                                    Duration deadline) {
        int ready = local == null ? 0 : local.readyReplicas();
        List<String> problems = new ArrayList<>();
        for (ClusterView cluster : clusters) {
            if (!cluster.connected()) {
                problems.add("cluster " + cluster.name() + " cannot be reached: its " + cluster.live()
                        + " instances are unknown");
                continue;
            }
            ready += cluster.ready();
            if (cluster.failure() != null) {
                problems.add("cluster " + cluster.name() + ": " + cluster.failure());
            }
            if (cluster.pullFailure() != null) {
                problems.add("cluster " + cluster.name() + ": the image cannot be pulled: " + cluster.pullFailure());
            }
        }
        int placed = (local == null ? 0 : local.replicas()) + clusters.stream().mapToInt(ClusterView::share).sum();
        if (placed < app.replicas()) {
            problems.add(app.placement() != null && !app.placement().fixed()
                    ? "no cluster matches the selector " + app.placement().selector()
                    : (app.replicas() - placed) + " instances have no cluster");
        }
        if (local != null && local.phase() == Phase.Degraded) {
            problems.add("local: " + local.message());
        }
        int parts = clusters.size() + (local == null ? 0 : 1);
        StringBuilder message = new StringBuilder().append(ready).append('/').append(app.replicas())
                .append(" instances ready on ").append(parts).append(parts == 1 ? " cluster" : " clusters");
        problems.forEach(p -> message.append("; ").append(p));
        boolean localDone = local == null || local.phase() == Phase.Available;
        if (problems.isEmpty() && localDone && clusters.stream().allMatch(ClusterView::complete)) {
            return new AppStatus(Phase.Available, app.replicas(), ready, message.toString());
        }
        if (problems.isEmpty() && now.isBefore(app.changedAt().plus(deadline))) {
            return new AppStatus(Phase.Progressing, app.replicas(), ready, message.toString());
        }
        if (problems.isEmpty()) {
            message.append("; not done ").append(deadline.toSeconds()).append(" s after the last change");
        }
        return new AppStatus(Phase.Degraded, app.replicas(), ready, message.toString());
    }
}
