package io.wharf.gateway;

import io.netty.channel.Channel;
import java.util.Objects;

/**
 * The backend connection an exchange is using, bound to it until given back: to the pool when the
 * response ended cleanly, closed otherwise, or handed over to a tunnel. Counts as a request in flight.
 */
final class BackendLeg {

    private final Backend backend;
    private final BackendPool pool;
    private final Channel channel;
    private final ProxyBackendHandler handler;
    private final boolean reused;
    private final BackendResponseFraming framing;

    /** {@code dechunk}: see {@link BackendResponseFraming#answering}. */
    BackendLeg(Backend backend, BackendPool pool, Channel channel, Exchange exchange, boolean headRequest,
               boolean dechunk) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.handler = channel.pipeline().get(ProxyBackendHandler.class);
        handler.bind(Objects.requireNonNull(exchange, "exchange"));
        this.reused = handler.reused();
        this.framing = channel.pipeline().get(BackendResponseFraming.class);
        framing.answering(headRequest, dechunk);
    }

    Channel channel() {
        return channel;
    }

    boolean uses(Channel other) {
        return channel == other;
    }

    /** Whether the connection served another exchange before, and waited in the pool since. */
    boolean reused() {
        return reused;
    }

    /** The connection closed by itself. */
    void closed() {
        pool.health().ended();
    }

    /** Back to the pool if {@code reusable} and the backend sent nothing past the answer, else closed. */
    void giveBack(boolean reusable) {
        unbind();
        if (reusable && framing.idle()) {
            channel.config().setAutoRead(true);
            pool.release(channel);
        } else {
            channel.close();
        }
    }

    /** For a tunnel: the connection leaves the gateway's HTTP handling and is never pooled again. */
    Channel handOver() {
        unbind();
        return channel;
    }

    private void unbind() {
        handler.unbind();
        pool.health().ended();
    }
}
