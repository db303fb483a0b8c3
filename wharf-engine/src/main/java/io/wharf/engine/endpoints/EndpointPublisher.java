package io.wharf.engine.endpoints;

import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.engine.reconcile.Traffic;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.Rollout;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out each app's ready endpoints from the instance cache and tells listeners when they change; waits
 * for those that are a {@link Drain} before an instance that left the endpoints is stopped.
 */
public final class EndpointPublisher implements Drain {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointPublisher.class);
    private final InstanceCache cache;
    private final Function<AppKey, App> desired;
    private final Function<AppKey, Rollout> rollouts;
    private final List<EndpointListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<AppKey, Published> published = new HashMap<>();

    private record Published(App app, List<Endpoint> ready) {
    }

    /** @param rollouts each app's rollout (null when unknown), which decides how traffic is split */
    public EndpointPublisher(InstanceCache cache, Function<AppKey, App> desired, Function<AppKey, Rollout> rollouts) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.desired = Objects.requireNonNull(desired, "desired");
        this.rollouts = Objects.requireNonNull(rollouts, "rollouts");
    }

    public void addListener(EndpointListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The endpoints that get traffic: ready, live instances with an address that the rollout gives
     * a share (see {@link Traffic}); oldest first.
     */
    public static List<Endpoint> readyEndpoints(App app, Rollout rollout, List<ObservedInstance> instances) {
        Map<String, Integer> weights = Traffic.weights(app, rollout, instances);
        return instances.stream()
                .filter(i -> weights.containsKey(i.id()))
                .filter(i -> i.instance().host() != null && i.instance().port() != null)
                .map(i -> new Endpoint(i.id(), i.instance().host(), i.instance().port(), i.instance().revision(),
                        weights.get(i.id())))
                .toList();
    }

    /** Publishes the app's current endpoints if they, or the app, changed since the last time. */
    public synchronized void publish(AppKey key) {
        App app = desired.apply(key);
        if (app == null) {
            if (published.remove(key) != null) {
                notifyListeners(key, null, List.of());
            }
            return;
        }
        Published now = new Published(app, readyEndpoints(app, rollouts.apply(key), cache.of(key)));
        if (!now.equals(published.get(key))) {
            published.put(key, now);
            notifyListeners(key, app, now.ready());
        }
    }

    /** Waits for every listener that is a {@link Drain}, {@code max} for all of them together. */
    @Override
    public boolean awaitDrained(String host, int port, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        boolean drained = true;
        for (EndpointListener listener : listeners) {
            if (listener instanceof Drain drain) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                try {
                    drained &= drain.awaitDrained(host, port, left);
                } catch (RuntimeException e) {
                    LOG.warn("draining {}:{} failed", host, port, e);
                    drained = false;
                }
            }
        }
        return drained;
    }

    private void notifyListeners(AppKey key, App app, List<Endpoint> ready) {
        for (EndpointListener listener : listeners) {
            try {
                listener.endpointsChanged(key, app, ready);
            } catch (RuntimeException e) {
                LOG.warn("endpoint listener failed for {}", key, e);
            }
        }
    }
}
