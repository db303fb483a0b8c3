package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * What both framing handlers share: the bytes read and not yet forwarded, forwarded as heads and body pieces,
 * or handed on as they are when the connection becomes a tunnel.
 */
abstract class AbstractFraming extends ChannelInboundHandlerAdapter {

    protected ChannelHandlerContext ctx;
    protected ByteBuf pending;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    protected final void cumulate(ByteBuf bytes) {
        pending = pending == null ? bytes : ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(ctx.alloc(), pending, bytes);
    }

    /** Whether every byte read so far was forwarded. */
    final boolean drained() {
        return pending == null || !pending.isReadable();
    }

    /** The next {@code bytes} pending bytes as a body piece, {@code dataBytes} of them data. */
    protected final void forward(int bytes, long dataBytes, boolean last) {
        ctx.fireChannelRead(BodyBytes.of(pending.readRetainedSlice(bytes), dataBytes, last));
    }

    /** Leaving for a tunnel: what was held back since the switch ({@code held}) goes on as raw bytes. */
    protected final void handOver(boolean held) {
        if (held && !drained()) {
            ByteBuf rest = pending;
            pending = null;
            ctx.fireChannelRead(rest);
        }
        releasePending();
    }

    protected final void releaseIfDrained() {
        if (pending != null && !pending.isReadable()) {
            releasePending();
        }
    }

    protected final void releasePending() {
        if (pending != null) {
            pending.release();
            pending = null;
        }
    }
}
