package io.wharf.server.dataplane;

import io.wharf.engine.endpoints.Endpoint;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.model.App;
import java.util.List;

/** Model to gateway: an app's balancing choice and its ready endpoints as backends. */
final class GatewayMapping {
    private GatewayMapping() {
    }

    static Balancing balancing(App app) {
        return switch (app.routing().balancing()) {
            case ROUND_ROBIN -> Balancing.ROUND_ROBIN;
            case LEAST_CONNECTIONS -> Balancing.LEAST_CONNECTIONS;
        };
    }

    static List<Backend> backends(List<Endpoint> ready) {
        return ready.stream().map(e -> new Backend(e.instanceId(), e.host(), e.port())).toList();
    }
}
