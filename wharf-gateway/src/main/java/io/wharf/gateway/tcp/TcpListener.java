package io.wharf.gateway.tcp;

import io.netty.channel.Channel;
import io.wharf.gateway.Transports;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One open TCP port of the gateway and the route its new connections follow. */
final class TcpListener {
    private final AtomicReference<TcpRoute> route;
    private final Connections connections = new Connections();
    private final Transports transports;
    private final int connectTimeoutMillis;
    private final Duration idleTimeout;
    private Channel server;

    TcpListener(TcpRoute route, Transports transports, int connectTimeoutMillis, Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.route = new AtomicReference<>(Objects.requireNonNull(route, "route"));
        this.transports = Objects.requireNonNull(transports, "transports");
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    TcpRoute route() {
        return route.get();
    }

    void route(TcpRoute next) {
        route.set(next);
    }

    Connections connections() {
        return connections;
    }

    Transports transports() {
        return transports;
    }

    int connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    /** For each end of a relay: silence both ways for the idle timeout closes it (and so the other end). */
    IdleStateHandler idleStateHandler() {
        return new IdleStateHandler(0, 0, idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void bound(Channel serverChannel) {
        this.server = serverChannel;
    }

    /** Stops accepting; connections already relayed stay until either side closes. */
    void close() {
        if (server != null) {
            server.close().syncUninterruptibly();
        }
    }
}
