package io.wharf.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Keep-alive connections to one backend, owned by one event loop and used only from it.
 * An idle connection the backend closes leaves the pool as soon as its channel goes inactive.
 */
final class BackendPool {

    static final int MAX_IDLE = 32;

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final ArrayDeque<Channel> idle = new ArrayDeque<>();
    private final BackendHealth.State health;
    private boolean retired;

    BackendPool(EventLoop loop, Backend backend, GatewaySettings settings, Transports transports,
                BackendHealth.State health) {
        this.loop = loop;
        this.health = health;
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(transports.channel())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .remoteAddress(backend.host(), backend.port())
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(
                                // requests go as the bytes the exchange made (see BackendRequestHead)
                                new BackendResponseFraming(settings.maxHeaderBytes()),
                                // Reader idleness only: watching writes would cost a listener per write.
                                new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS),
                                new ProxyBackendHandler(BackendPool.this));
                    }
                });
    }

    /** The load and failures of this pool's backend address (shared with every other loop's pool of it). */
    BackendHealth.State health() {
        return health;
    }

    Future<Channel> acquire() {
        Channel channel;
        while ((channel = idle.pollFirst()) != null) {
            if (channel.isActive()) {
                return loop.newSucceededFuture(channel);
            }
            channel.close();
        }
        return connect();
    }

    /** A new connection, never a pooled one. */
    Future<Channel> connect() {
        Promise<Channel> promise = loop.newPromise();
        ChannelFuture connect = bootstrap.connect();
        connect.addListener(f -> {
            if (f.isSuccess()) {
                promise.setSuccess(connect.channel());
            } else {
                promise.setFailure(f.cause());
            }
        });
        return promise;
    }

    void release(Channel channel) {
        if (!retired && channel.isActive() && idle.size() < MAX_IDLE) {
            idle.addFirst(channel);
        } else {
            channel.close();
        }
    }

    /** The backend left every route: its idle connections close now, the ones in use when given back. */
    void retire() {
        retired = true;
        Channel channel;
        while ((channel = idle.pollFirst()) != null) {
            channel.close();
        }
    }

    void evict(Channel channel) {
        idle.remove(channel);
    }
}
