package io.wharf.gateway;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;

/** Counts the open client connections of each IP address and refuses those over the cap (slowloris). */
final class ConnectionsPerIp {

    private final int max;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    ConnectionsPerIp(int max) {
        if (max < 1) {
            throw new GatewayException("maxConnectionsPerIp must be positive: " + max);
        }
        this.max = max;
    }

    /** Whether {@code channel} may stay open; if so, it is counted until it closes. */
    boolean admit(Channel channel) {
        if (!(channel.remoteAddress() instanceof InetSocketAddress remote) || remote.getAddress() == null) {
            return true;
        }
        InetAddress ip = remote.getAddress();
        boolean[] admitted = {false};
        open.compute(ip, (key, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < max;
            return admitted[0] ? now + 1 : count;
        });
        if (admitted[0]) {
            channel.closeFuture().addListener(f -> open.computeIfPresent(ip, (key, count) -> count > 1 ? count - 1 : null));
        }
        return admitted[0];
    }

    int open(InetAddress ip) {
        return open.getOrDefault(ip, 0);
    }
}
