package io.wharf.engine.endpoints;

import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Works out each app's ready endpoints from the instance cache and tells listeners when they change. */
public final class EndpointPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointPublisher.class);
    private final InstanceCache cache;
    private final Function<AppKey, App> desired;
    private final List<EndpointListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<AppKey, Published> published = new HashMap<>();

    private record Published(App app, List<Endpoint> ready) {
    }

    public EndpointPublisher(InstanceCache cache, Function<AppKey, App> desired) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.desired = Objects.requireNonNull(desired, "desired");
    }

    public void addListener(EndpointListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The ready endpoints of an app: ready, live, not terminating, with an address; oldest first. */
    public static List<Endpoint> readyEndpoints(List<ObservedInstance> instances) {
        return instances.stream()
                .filter(i -> i.ready() && i.live() && !i.terminating())
                .filter(i -> i.instance().host() != null && i.instance().port() != null)
                .map(i -> new Endpoint(i.id(), i.instance().host(), i.instance().port(), i.instance().revision()))
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
        Published now = new Published(app, readyEndpoints(cache.of(key)));
        if (!now.equals(published.get(key))) {
            published.put(key, now);
            notifyListeners(key, app, now.ready());
        }
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
