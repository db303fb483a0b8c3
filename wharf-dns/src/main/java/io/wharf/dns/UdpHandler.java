package io.wharf.dns;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/** Answers each datagram with at most one datagram; the channel stays open whatever arrives. */
@Sharable
final class UdpHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private static final System.Logger LOG = System.getLogger(UdpHandler.class.getName());

    private final Exchange exchange;

    UdpHandler(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        byte[] reply = exchange.udp(ByteBufUtil.getBytes(packet.content()));
        if (reply != null) {
            ctx.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(reply), packet.sender()), ctx.voidPromise());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.DEBUG, "UDP error", cause);
    }
}
