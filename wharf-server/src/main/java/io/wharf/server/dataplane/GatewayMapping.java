package io.wharf.server.dataplane;

import io.wharf.engine.endpoints.Endpoint;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.model.App;
import java.util.List;

/** Engine to gateway: an app's balancing and its ready endpoints as weighted backends. */
final class GatewayMapping {
    private GatewayMapping() {
    }

    /** The app's own choice, unless a rollout splits traffic by weight (canary). */
    static Balancing balancing(App app, List<Endpoint> ready) {
        boolean split = ready.stream().mapToInt(Endpoint::weight).distinct().count() > 1;
        return split ? Balancing.WEIGHTED : balancing(app);
    }

    static Balancing balancing(App app) {
        return switch (app.routing().balancing()) {
            case ROUND_ROBIN -> Balancing.ROUND_ROBIN;
            case LEAST_CONNECTIONS -> Balancing.LEAST_CONNECTIONS;
        };
    }

    static List<Backend> backends(List<Endpoint> ready) {
        return ready.stream().map(e -> new Backend(e.instanceId(), e.host(), e.port(), e.weight())).toList();
    }
}
