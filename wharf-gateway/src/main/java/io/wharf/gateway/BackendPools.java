package io.wharf.gateway;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link BackendPool} per event loop and backend, so a proxied exchange stays on one thread. Each loop
 * keeps its pools in a map of its own: finding one takes no lock and allocates nothing.
 */
final class BackendPools {

    private final FastThreadLocal<Map<Backend, BackendPool>> perLoop = new FastThreadLocal<>() {
        @Override
        protected Map<Backend, BackendPool> initialValue() {
            return new HashMap<>();
        }
    };
    private final GatewaySettings settings;
    private final Transports transports;
    private final BackendHealth health;

    BackendPools(GatewaySettings settings, Transports transports, BackendHealth health) {
        this.settings = settings;
        this.transports = transports;
        this.health = health;
    }

    /** The pool of {@code backend} on {@code loop}; called only from that loop. */
    BackendPool pool(EventLoop loop, Backend backend) {
        if (!loop.inEventLoop()) {
            throw new GatewayException("backend pools are used only from their own event loop");
        }
        Map<Backend, BackendPool> pools = perLoop.get();
        BackendPool pool = pools.get(backend);
        if (pool == null) {
            pool = new BackendPool(loop, backend, settings, transports, health.of(backend));
            pools.put(backend, pool);
        }
        return pool;
    }
}
