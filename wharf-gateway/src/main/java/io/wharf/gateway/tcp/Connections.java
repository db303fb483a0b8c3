package io.wharf.gateway.tcp;

import io.netty.channel.Channel;
import io.wharf.gateway.Backend;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open backend connections per backend, for least-connections balancing. */
final class Connections {
    private final Map<Backend, AtomicInteger> open = new ConcurrentHashMap<>();

    void opened(Backend backend, Channel channel) {
        open.computeIfAbsent(backend, b -> new AtomicInteger()).incrementAndGet();
        channel.closeFuture().addListener(f -> open.computeIfPresent(backend,
                (b, count) -> count.decrementAndGet() == 0 ? null : count));
    }

    int count(Backend backend) {
        AtomicInteger count = open.get(backend);
        return count == null ? 0 : count.get();
    }
}
