package io.wharf.dns;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import java.net.Inet4Address;
import java.net.InetAddress;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** Native epoll where available, NIO elsewhere. */
record Transports(IoHandlerFactory ioHandlerFactory, Class<? extends DatagramChannel> datagramChannel,
                  Class<? extends ServerSocketChannel> serverChannel) {

    static Transports best() {
        if (Epoll.isAvailable()) {
            return new Transports(EpollIoHandler.newFactory(), EpollDatagramChannel.class,
                    EpollServerSocketChannel.class);
        }
        return nio();
    }

    static Transports nio() {
        return new Transports(NioIoHandler.newFactory(), NioDatagramChannel.class, NioServerSocketChannel.class);
    }

    /** Largest query read by one slot of a batched (recvmmsg) read; longer datagrams are cut, hence FORMERR. */
    static final int MAX_QUERY = 4096;
    private static final int DATAGRAMS_PER_READ = 16;

    /**
     * A UDP bootstrap for sockets of the address's own family (an IPv4 address gets no dual-stack socket);
     * with epoll it reads up to 16 datagrams per system call, and can share its port.
     */
    Bootstrap udpBootstrap(EventLoopGroup group, InetAddress address, boolean reusePort) {
        SocketProtocolFamily family = address instanceof Inet4Address ? SocketProtocolFamily.INET
                : SocketProtocolFamily.INET6;
        Bootstrap bootstrap = new Bootstrap().group(group);
        if (!isEpoll()) {
            return bootstrap.channelFactory(() -> new NioDatagramChannel(family));
        }
        return bootstrap.channelFactory(() -> new EpollDatagramChannel(family))
                .option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, MAX_QUERY)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_QUERY * DATAGRAMS_PER_READ))
                .option(EpollChannelOption.SO_REUSEPORT, reusePort);
    }

    EventLoopGroup newGroup(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, ioHandlerFactory);
    }

    boolean isEpoll() {
        return datagramChannel == EpollDatagramChannel.class;
    }
}
