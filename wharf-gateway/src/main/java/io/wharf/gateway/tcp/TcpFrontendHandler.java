package io.wharf.gateway.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Relay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client connected to an app's TCP port: connect to one ready backend (another one if that
 * fails, until each was tried once), then relay bytes both ways. No backend: the client is closed.
 */
final class TcpFrontendHandler extends ChannelInboundHandlerAdapter {
    private final TcpListener listener;
    private final Set<Backend> tried = new HashSet<>();

    TcpFrontendHandler(TcpListener listener) {
        this.listener = listener;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connect(ctx.channel());
    }

    private void connect(Channel client) {
        TcpRoute route = listener.route();
        List<Backend> candidates = route.backends().stream().filter(b -> !tried.contains(b)).toList();
        if (candidates.isEmpty() || !client.isActive()) {
            client.close();
            return;
        }
        Backend backend = route.balancer().pick(candidates, listener.connections()::count);
        tried.add(backend);
        ChannelFuture connected = new Bootstrap()
                .group(client.eventLoop())
                .channel(listener.transports().channel())
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, listener.connectTimeoutMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel backendChannel) {
                        backendChannel.pipeline().addLast(listener.idleStateHandler(), new Relay(client));
                    }
                })
                .connect(backend.host(), backend.port());
        connected.addListener(f -> {
            if (f.isSuccess()) {
                Channel channel = connected.channel();
                listener.connections().opened(backend, channel);
                client.pipeline().replace(this, "relay", new Relay(channel));
                client.config().setAutoRead(true);
                channel.config().setAutoRead(true);
            } else {
                connect(client);
            }
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            ctx.close(); // still no backend after the idle timeout: the connect timeout should have come first
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
