package io.wharf.engine.placement;

import io.wharf.engine.runtime.RuntimeEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the event stream of every registered cluster (a change to an app's instances there
 * changes its status) and notices when a cluster loses or regains its connection.
 */
final class ClusterWatches implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatches.class);
    private final Consumer<RuntimeEvent> instancesChanged;
    private final BiConsumer<String, Boolean> connectionChanged;
    private final Map<String, Followed> followed = new ConcurrentHashMap<>();

    private record Followed(Cluster cluster, AutoCloseable subscription, boolean connected, boolean wasConnected) {
    }

    ClusterWatches(Consumer<RuntimeEvent> instancesChanged, BiConsumer<String, Boolean> connectionChanged) {
        this.instancesChanged = instancesChanged;
        this.connectionChanged = connectionChanged;
    }

    synchronized void follow(List<Cluster> clusters) {
        Set<String> names = new HashSet<>();
        for (Cluster cluster : clusters) {
            names.add(cluster.name());
            Followed known = followed.get(cluster.name());
            if (known == null || known.cluster().runtime() != cluster.runtime()) {
                stop(known);
                boolean connected = cluster.runtime().connected();
                followed.put(cluster.name(), new Followed(cluster, cluster.runtime().watch(this::onEvent), connected,
                        connected));
                connectionChanged.accept(cluster.name(), true);
            }
        }
        followed.keySet().stream().filter(name -> !names.contains(name)).toList()
                .forEach(name -> stop(followed.remove(name)));
    }

    synchronized void checkConnections() {
        followed.replaceAll((name, f) -> {
            boolean now = f.cluster().runtime().connected();
            if (now != f.connected()) {
                LOG.info("cluster {} {}", name, !now ? "cannot be reached" : f.wasConnected() ? "can be reached again"
                        : "is connected");
                connectionChanged.accept(name, now);
            }
            return new Followed(f.cluster(), f.subscription(), now, f.wasConnected() || now);
        });
    }

    private void onEvent(RuntimeEvent event) {
        if (event.app() != null) {
            instancesChanged.accept(event);
        }
    }

    private static void stop(Followed followed) {
        if (followed == null) {
            return;
        }
        try {
            followed.subscription().close();
        } catch (Exception e) {
            LOG.debug("closing the watch of cluster {} failed", followed.cluster().name(), e);
        }
    }

    @Override
    public synchronized void close() {
        followed.values().forEach(ClusterWatches::stop);
        followed.clear();
    }
}
