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
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import java.util.List;

/**
 * The socket transport: io_uring where the kernel allows it, else epoll, else NIO. io_uring submits the
 * reads and writes of all of a loop's connections in one system call, where epoll makes one call per read
 * or write. {@code wharf.gateway.transport} ({@value #IO_URING}, {@value #EPOLL} or {@value #NIO}) picks
 * the first one to try; the ones after it in that order are the fall-backs.
 */
public record Transports(String name, IoHandlerFactory ioHandlerFactory,
                  Class<? extends ServerChannel> serverChannel, Class<? extends Channel> channel) {

    public static final String PROPERTY = "wharf.gateway.transport";
    static final String IO_URING = "io_uring";
    static final String EPOLL = "epoll";
    static final String NIO = "nio";
    private static final List<String> ORDER = List.of(IO_URING, EPOLL, NIO);

    public static Transports detect() {
        return detect(System.getProperty(PROPERTY, IO_URING));
    }

    /** The first transport this machine supports, from {@code wanted} on in the order io_uring, epoll, NIO. */
    static Transports detect(String wanted) {
        int first = ORDER.indexOf(wanted);
        if (first < 0) {
            throw new GatewayException(PROPERTY + " must be one of " + ORDER + ", not \"" + wanted + "\"");
        }
        if (first <= 0 && IoUring.isAvailable()) {
            return new Transports(IO_URING, IoUringIoHandler.newFactory(),
                    IoUringServerSocketChannel.class, IoUringSocketChannel.class);
        }
        if (first <= 1 && Epoll.isAvailable()) {
            return new Transports(EPOLL, EpollIoHandler.newFactory(),
                    EpollServerSocketChannel.class, EpollSocketChannel.class);
        }
        return new Transports(NIO, NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);
    }
}
