package io.wharf.gateway;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

/** Hands what a backend connection reads to the exchange it serves; closes it when unused. */
final class ProxyBackendHandler extends ChannelInboundHandlerAdapter {

    private final BackendPool pool;
    private Exchange exchange;
    private int exchanges;

    ProxyBackendHandler(BackendPool pool) {
        this.pool = pool;
    }

    void bind(Exchange exchange) {
        this.exchange = exchange;
        exchanges++;
    }

    /** Whether the connection served an exchange before the current one: it came from the pool. */
    boolean reused() {
        return exchanges > 1;
    }

    void unbind() {
        this.exchange = null;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (exchange == null || !(msg instanceof BackendResponse || msg instanceof HttpContent)) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        exchange.onBackendMessage(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        Exchange current = exchange;
        if (current != null) {
            current.flushToClient();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pool.evict(ctx.channel());
        Exchange current = exchange;
        exchange = null;
        if (current != null) {
            current.onBackendClosed(ctx.channel());
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (exchange != null && ctx.channel().isWritable()) {
            exchange.onBackendWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && exchange == null) {
            ctx.close();
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
