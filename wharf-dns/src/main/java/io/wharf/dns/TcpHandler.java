package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.concurrent.TimeUnit;

/** Answers DNS messages framed by a 2-byte length (RFC 1035 4.2.2) on one TCP connection. */
final class TcpHandler extends SimpleChannelInboundHandler<ByteBuf> {

    static final int IDLE_TIMEOUT_SECONDS = 30;

    private static final System.Logger LOG = System.getLogger(TcpHandler.class.getName());

    private final Exchange exchange;

    private TcpHandler(Exchange exchange) {
        this.exchange = exchange;
    }

    static ChannelInitializer<Channel> initializer(Exchange exchange) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(
                        new ReadTimeoutHandler(IDLE_TIMEOUT_SECONDS, TimeUnit.SECONDS),
                        new LengthFieldBasedFrameDecoder(Exchange.MAX_TCP_MESSAGE + 2, 0, 2, 0, 2),
                        new LengthFieldPrepender(2),
                        new TcpHandler(exchange));
            }
        };
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf message) {
        ByteBuf reply = exchange.tcp(message, ctx.alloc());
        if (reply != null) {
            ctx.write(reply, ctx.voidPromise());
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.DEBUG, "TCP error, closing " + ctx.channel(), cause);
        ctx.close();
    }
}
