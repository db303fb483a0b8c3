package io.wharf.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Netty WebSocket client that connects to 127.0.0.1:port, whatever host its URI names, and queues text frames. */
final class WebSocketTestClient implements AutoCloseable {

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final BlockingQueue<ClientHandshakeStateEvent> handshake = new LinkedBlockingQueue<>();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel channel;

    WebSocketTestClient(int port, URI uri) throws InterruptedException {
        channel = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65536),
                                new WebSocketClientProtocolHandler(uri, WebSocketVersion.V13, null, false,
                                        null, 65536),
                                new Frames());
                    }
                })
                .connect("127.0.0.1", port).sync().channel();
    }

    boolean handshakeCompleted() throws InterruptedException {
        for (ClientHandshakeStateEvent event = handshake.poll(10, TimeUnit.SECONDS); event != null;
                event = handshake.poll(10, TimeUnit.SECONDS)) {
            if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                return true;
            }
            if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                return false;
            }
        }
        return false;
    }

    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            received.add(frame.text());
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof ClientHandshakeStateEvent state) {
                handshake.add(state);
            }
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
