package io.wharf.server.dataplane;

import io.wharf.engine.Events;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.GatewayException;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, moves and closes the gateway TCP port of each app that asks for one. A port that cannot be
 * opened, or that a cluster's load balancer holds, is a warning event on the app, and is tried again at the app's next change.
 */
final class TcpFeed {
    private static final Logger LOG = LoggerFactory.getLogger(TcpFeed.class);
    private final TcpGateway tcp;
    private final Events events;
    private final Map<AppKey, Integer> open = new HashMap<>();
    private final Map<AppKey, Integer> failed = new HashMap<>();

    TcpFeed(TcpGateway tcp, Events events) {
        this.tcp = tcp;
        this.events = events;
    }

    synchronized void update(AppKey key, App app, Balancing balancing, List<Backend> backends) {
        Integer wanted = app == null ? null : app.routing().tcpPort();
        Integer current = open.get(key);
        if (current != null && !current.equals(wanted)) {
            tcp.release(current, key.toString());
            open.remove(key);
        }
        if (wanted == null) {
            failed.remove(key);
            return;
        }
        try {
            tcp.claimRoute(wanted, key.toString(), balancing, backends);
            open.put(key, wanted);
            failed.remove(key);
        } catch (GatewayException e) {
            if (!Objects.equals(failed.put(key, wanted), wanted)) {
                LOG.warn("app {}: {}", key, e.getMessage());
                events.warning(key, "TcpPortUnavailable", e.getMessage());
            }
        }
    }
}
