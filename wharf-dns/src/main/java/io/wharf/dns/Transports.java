package io.wharf.dns;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
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

    EventLoopGroup newGroup(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, ioHandlerFactory);
    }

    boolean isEpoll() {
        return datagramChannel == EpollDatagramChannel.class;
    }
}
