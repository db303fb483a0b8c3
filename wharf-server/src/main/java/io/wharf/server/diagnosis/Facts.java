package io.wharf.server.diagnosis;

import io.wharf.engine.InstanceExit;
import io.wharf.engine.health.ProbeResult;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppStatus;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.Rollout;
import io.wharf.server.quota.QuotaResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diagnosis looks at, read once: the app and its last status and rollout (null when none yet),
 * its instances, the last readiness check of each, the TCP ports some of them listen on, its kept exits
 * and its events (both newest first), the system's quota, and the clusters it is placed on.
 */
record Facts(App app, AppStatus status, Rollout rollout, List<Instance> instances, Map<String, ProbeResult> probes,
             Map<String, ListeningPorts> listening, List<InstanceExit> exits, List<AppEvent> events,
             QuotaResponse quota, List<ClusterRoom> clusters, Instant now) {
    /** Exits and failures older than this explain nothing about now. */
    static final Duration RECENT = Duration.ofMinutes(10);
    /** An app with an instance that exited within this is not taken as settled, whatever its phase says. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    Facts {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(now, "now");
        instances = List.copyOf(instances);
        probes = Map.copyOf(probes);
        listening = Map.copyOf(listening);
        exits = List.copyOf(exits);
        events = List.copyOf(events);
        clusters = List.copyOf(clusters);
    }

    Phase phase() {
        return status == null ? Phase.Progressing : status.phase();
    }

    /**
     * Available, with every running instance ready, and no instance exited lately: nothing to explain.
     * An app whose instances crash soon after they start is Available for a moment after each start.
     */
    boolean healthy() {
        return status != null && status.phase() == Phase.Available && running().stream().allMatch(Instance::ready)
                && exits.stream().noneMatch(e -> e.time().isAfter(now.minus(SETTLED)));
    }

    List<Instance> running() {
        return instances.stream().filter(i -> "running".equals(i.state())).toList();
    }

    /** Exits since the app's desired state last changed, and recent, newest first. */
    List<InstanceExit> recentExits() {
        return exits.stream().filter(e -> sinceChange(e.time())).toList();
    }

    /** Events since the app's desired state last changed, and recent, newest first. */
    List<AppEvent> recentEvents() {
        return events.stream().filter(e -> sinceChange(e.time())).toList();
    }

    private boolean sinceChange(Instant time) {
        return !time.isBefore(app.changedAt()) && !time.isBefore(now.minus(RECENT));
    }
}
