package io.wharf.gateway;

import io.netty.channel.EventLoop;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link BackendPool} per event loop and backend address, so a proxied exchange stays on one thread. */
final class BackendPools {

    private final ConcurrentHashMap<Key, BackendPool> pools = new ConcurrentHashMap<>();
    private final GatewaySettings settings;
    private final Transports transports;

    BackendPools(GatewaySettings settings, Transports transports) {
        this.settings = settings;
        this.transports = transports;
    }

    BackendPool pool(EventLoop loop, Backend backend) {
        Key key = new Key(loop, backend.host(), backend.port());
        BackendPool pool = pools.get(key);
        return pool != null ? pool : pools.computeIfAbsent(key, k -> new BackendPool(loop, backend, settings, transports));
    }

    private record Key(EventLoop loop, String host, int port) {
    }
}
