package io.wharf.gateway;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@link BackendPool} per event loop and backend, so a proxied exchange stays on one thread. Each loop
 * keeps its pools in a map of its own: finding one takes no lock and allocates nothing. When the routes
 * change, each loop drops the pools of backends no app has any more (closing their idle connections) and
 * their health records, so that rollouts, which bring new backends, do not make the maps grow for as long
 * as the server runs.
 */
final class BackendPools {

    /** One loop's pools, and the routes they were last checked against. */
    private static final class LoopPools {
        private final Map<Backend, BackendPool> pools = new HashMap<>();
        private RouteSnapshot checked = RouteSnapshot.EMPTY;
    }

    private final FastThreadLocal<LoopPools> perLoop = new FastThreadLocal<>() {
        @Override
        protected LoopPools initialValue() {
            return new LoopPools();
        }
    };
    private final GatewaySettings settings;
    private final Transports transports;
    private final BackendHealth health;
    private final Routes routes;

    BackendPools(GatewaySettings settings, Transports transports, BackendHealth health, Routes routes) {
        this.settings = settings;
        this.transports = transports;
        this.health = health;
        this.routes = routes;
    }

    /** The pool of {@code backend} on {@code loop}; called only from that loop. */
    BackendPool pool(EventLoop loop, Backend backend) {
        if (!loop.inEventLoop()) {
            throw new GatewayException("backend pools are used only from their own event loop");
        }
        LoopPools mine = perLoop.get();
        RouteSnapshot current = routes.snapshot();
        if (current != mine.checked) {
            forgetGone(mine, current);
        }
        BackendPool pool = mine.pools.get(backend);
        if (pool == null) {
            pool = new BackendPool(loop, backend, settings, transports, health.of(backend));
            if (current.backends().contains(backend)) {
                mine.pools.put(backend, pool);
            } else {
                // picked from routes a moment older: serve this request, keep nothing
                pool.retire();
            }
        }
        return pool;
    }

    /** How many pools the calling loop keeps. */
    int size() {
        return perLoop.get().pools.size();
    }

    private void forgetGone(LoopPools mine, RouteSnapshot current) {
        Set<Backend> routed = current.backends();
        mine.pools.entrySet().removeIf(entry -> {
            if (routed.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().retire();
            return true;
        });
        health.forgetAllBut(routed);
        mine.checked = current;
    }
}
