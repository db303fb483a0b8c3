package io.wharf.server.metrics;

import io.wharf.engine.endpoints.Endpoint;
import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The apps that exist, learnt from the engine's endpoint updates: whose metrics are sampled and shown. */
public final class AppDirectory implements EndpointListener {

    private final Set<AppKey> apps = ConcurrentHashMap.newKeySet();

    @Override
    public void endpointsChanged(AppKey key, App app, List<Endpoint> ready) {
        if (app == null) {
            forget(key);
        } else {
            add(key);
        }
    }

    void add(AppKey key) {
        apps.add(key);
    }

    void forget(AppKey key) {
        apps.remove(key);
    }

    Set<AppKey> apps() {
        return Set.copyOf(apps);
    }
}
