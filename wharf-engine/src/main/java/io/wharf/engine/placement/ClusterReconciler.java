package io.wharf.engine.placement;

import io.wharf.engine.EngineException;
import io.wharf.engine.Events;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.TemplateFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings each app's share to each registered cluster: applies the app where it has a share and
 * deletes it where it no longer has one. A cluster that cannot be reached is left as it is: its
 * failure becomes status, and the caller retries. Idempotent; the clusters' controllers keep the
 * instances, so this runs on changes of the app or of a cluster, never in a loop.
 */
final class ClusterReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterReconciler.class);
    private final Store store;
    private final ClusterDirectory directory;
    private final Events events;
    private final Clock clock;
    private final Duration deadline;
    private final Map<AppKey, Map<String, String>> failures = new ConcurrentHashMap<>();
    private final Map<AppKey, Set<String>> appliedOn = new ConcurrentHashMap<>();
    private final Map<AppKey, AppStatus> localStatuses = new ConcurrentHashMap<>();
    private final Map<AppKey, Map<String, String>> pullFailures = new ConcurrentHashMap<>();
    private final Map<AppKey, Object> publishing = new ConcurrentHashMap<>();

    ClusterReconciler(Store store, ClusterDirectory directory, Events events, Clock clock, Duration deadline) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.deadline = deadline;
    }

    /** @return whether some cluster could not take its change, so that the app should be tried again */
    boolean reconcile(AppKey key) {
        App app = store.findApp(key).orElse(null);
        List<Cluster> clusters = directory.clusters();
        Map<String, Integer> shares = app == null ? Map.of() : Shares.of(app, labels(clusters));
        boolean retry = false;
        for (Cluster cluster : clusters) {
            int share = shares.getOrDefault(cluster.name(), 0);
            retry |= !bring(key, app, cluster, share);
        }
        if (app == null && !retry) {
            failures.remove(key);
            appliedOn.remove(key);
            localStatuses.remove(key);
            pullFailures.remove(key);
            publishing.remove(key);
        } else if (app != null) {
            publishStatus(key);
        }
        return retry;
    }

    private boolean bring(AppKey key, App app, Cluster cluster, int share) {
        Set<String> applied = appliedOn.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        boolean present = applied.contains(cluster.name()) || hasInstances(cluster, key);
        if (share == 0 && !present) {
            return true;
        }
        try {
            if (!cluster.runtime().connected()) {
                throw new EngineException("the cluster cannot be reached");
            }
            if (share > 0) {
                cluster.runtime().apply(Shares.forCluster(app, share));
                applied.add(cluster.name());
            } else {
                cluster.runtime().delete(key);
                applied.remove(cluster.name());
            }
            recovered(key, cluster.name(), app != null);
            return true;
        } catch (RuntimeException e) {
            // besides EngineException: a cluster deleted while its runtime is in use closes its client
            String message = e instanceof EngineException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            failed(key, cluster.name(), message, app != null);
            return false;
        }
    }

    private void failed(AppKey key, String cluster, String message, boolean exists) {
        String before = failures.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(cluster, message);
        if (!message.equals(before)) {
            LOG.warn("app {} on cluster {}: {}", key, cluster, message);
            if (exists) {
                events.warning(key, "ClusterFailed", "cluster " + cluster + ": " + message
                        + "; its instances are left as they are and Wharf retries");
            }
        }
    }

    private void recovered(AppKey key, String cluster, boolean exists) {
        Map<String, String> ofApp = failures.get(key);
        if (ofApp != null && ofApp.remove(cluster) != null && exists) {
            events.normal(key, "ClusterRecovered", "cluster " + cluster + " took the app's share again");
        }
    }

    /** The local engine's status of the app's local share; combined with the clusters' at once. */
    void localStatus(AppKey key, AppStatus status) {
        localStatuses.put(key, status);
        publishStatus(key);
    }

    /**
     * Reads every part's state and saves the combined status, one app at a time: the cluster work queue, the
     * status queue and the local engine all publish, and a status read earlier must never be saved last.
     */
    void publishStatus(AppKey key) {
        synchronized (publishing.computeIfAbsent(key, k -> new Object())) {
            publishNow(key);
        }
    }

    private void publishNow(AppKey key) {
        store.findApp(key).filter(LocalShareStore::spansClusters).ifPresent(app -> {
            List<Cluster> clusters = directory.clusters();
            Map<String, Integer> shares = Shares.of(app, labels(clusters));
            List<ClusterView> views = new ArrayList<>();
            for (Cluster cluster : clusters) {
                int share = shares.getOrDefault(cluster.name(), 0);
                if (share > 0) {
                    views.add(view(app, cluster, share));
                }
            }
            AppStatus local = Shares.local(app) == 0 ? null : localStatuses.get(key);
            if (Shares.local(app) > 0 && local == null) {
                return; // the local engine reports its share soon
            }
            store.saveStatus(key, PlacedStatus.compute(app, local, views, clock.instant(), deadline));
        });
    }

    private ClusterView view(App app, Cluster cluster, int share) {
        String template = TemplateFingerprint.of(app.template());
        List<RuntimeInstance> instances = instancesOf(cluster, app.key());
        int live = (int) instances.stream().filter(RuntimeInstance::running).count();
        int ready = (int) instances.stream().filter(i -> i.running() && Boolean.TRUE.equals(i.ready())
                && template.equals(i.template())).count();
        String failure = failures.getOrDefault(app.key(), Map.of()).get(cluster.name());
        boolean connected = cluster.runtime().connected();
        String pullFailure = connected ? pullFailure(app.key(), cluster, instances, template) : null;
        return new ClusterView(cluster.name(), share, connected, connected ? failure : null, live, ready, pullFailure);
    }

    /** Why an instance of the current template cannot pull its image; an event the first time each reason is seen. */
    private String pullFailure(AppKey key, Cluster cluster, List<RuntimeInstance> instances, String template) {
        if (!(cluster.runtime() instanceof SupportsPullFailures pulls)) {
            return null;
        }
        String reason = instances.stream().filter(i -> template.equals(i.template()))
                .map(i -> pulls.pullFailure(i.id()).orElse(null)).filter(r -> r != null).findFirst().orElse(null);
        String before = reason == null ? pullFailures.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).remove(cluster.name())
                : pullFailures.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(cluster.name(), reason);
        if (reason != null && !reason.equals(before)) {
            events.warning(key, "ImagePullFailed", "cluster " + cluster.name() + ": " + reason);
        }
        return reason;
    }

    static List<RuntimeInstance> instancesOf(Cluster cluster, AppKey key) {
        return cluster.runtime().list().stream().filter(i -> i.app().equals(key)).toList();
    }

    private static boolean hasInstances(Cluster cluster, AppKey key) {
        return !instancesOf(cluster, key).isEmpty();
    }

    static Map<String, Map<String, String>> labels(List<Cluster> clusters) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        clusters.forEach(c -> labels.put(c.name(), c.labels()));
        return labels;
    }
}
