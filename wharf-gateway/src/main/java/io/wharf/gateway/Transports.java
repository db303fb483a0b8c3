package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/** Native epoll where available, NIO elsewhere. */
public record Transports(String name, IoHandlerFactory ioHandlerFactory,
                  Class<? extends ServerChannel> serverChannel, Class<? extends Channel> channel) {

    public static Transports detect() {
        if (!Boolean.getBoolean("wharf.gateway.nio") && Epoll.isAvailable()) {
            return new Transports("epoll", EpollIoHandler.newFactory(),
                    EpollServerSocketChannel.class, EpollSocketChannel.class);
        }
        return new Transports("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);
    }
}
