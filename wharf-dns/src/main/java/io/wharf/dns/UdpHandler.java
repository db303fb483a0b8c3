package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/**
 * Answers each datagram with at most one datagram; the channel stays open whatever arrives. Replies are
 * flushed once per read burst, so the native transport sends them together (sendmmsg). A sender's prefix
 * over its rate gets no answer or a truncated one, decided before any work is done for it.
 */
@Sharable
final class UdpHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private static final System.Logger LOG = System.getLogger(UdpHandler.class.getName());

    private final Exchange exchange;
    private final RateLimiter limiter;

    UdpHandler(Exchange exchange, RateLimiter limiter) {
        if (exchange == null || limiter == null) {
            throw new IllegalArgumentException("exchange and limiter are required");
        }
        this.exchange = exchange;
        this.limiter = limiter;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        RateLimiter.Verdict verdict = limiter.verdict(packet.sender().getAddress());
        if (verdict == RateLimiter.Verdict.DROP) {
            return;
        }
        ByteBuf reply = exchange.udp(packet.content(), ctx.alloc());
        if (reply != null && verdict == RateLimiter.Verdict.SLIP) {
            reply = Slip.truncate(reply);
        }
        if (reply != null) {
            ctx.write(new DatagramPacket(reply, packet.sender()), ctx.voidPromise());
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.DEBUG, "UDP error", cause);
    }
}
