package io.wharf.engine.endpoints;

import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.List;

/**
 * Told whenever the set of an app's ready, not terminating instances changes, before an instance
 * leaving the set is stopped. Data-plane services (gateway, DNS) follow apps through this.
 * Called on engine threads: implementations must be quick and must not block.
 */
@FunctionalInterface
public interface EndpointListener {
    /** {@code app} is null when the app was deleted; {@code ready} is then empty. */
    void endpointsChanged(AppKey key, App app, List<Endpoint> ready);
}
