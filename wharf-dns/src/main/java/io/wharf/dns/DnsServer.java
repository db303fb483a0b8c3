package io.wharf.dns;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The authoritative DNS server: UDP and TCP on one port, answering from {@link DnsRecords}. */
public final class DnsServer implements AutoCloseable {

    private static final int EPHEMERAL_ATTEMPTS = 10;

    private final EventLoopGroup group;
    private final List<Channel> udp;
    private final Channel tcp;
    private final int port;
    private final QueryCounts counts;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DnsServer(EventLoopGroup group, List<Channel> udp, Channel tcp, int port, QueryCounts counts) {
        this.counts = counts;
        this.group = group;
        this.udp = udp;
        this.tcp = tcp;
        this.port = port;
    }

    /**
     * Binds UDP and TCP on {@code settings.port()}; with port 0, TCP binds the port UDP was given. With
     * epoll, each worker thread reads its own UDP socket on that port (SO_REUSEPORT), else one thread reads UDP.
     * All UDP sockets share one {@link ResponseRateLimit response-rate limiter}; TCP is not limited.
     *
     * @throws DnsException if the port cannot be bound
     */
    public static DnsServer start(DnsSettings settings, DnsRecords records) {
        QueryCounts counts = new QueryCounts();
        Exchange exchange = new Exchange(new Resolver(settings, records), counts);
        Transports transports = Transports.best();
        EventLoopGroup group = transports.newGroup(settings.workers());
        InetAddress address = Names.anyIp(settings.bindAddress(), "bindAddress");
        int sockets = transports.isEpoll() ? settings.workers() : 1;
        Bootstrap bootstrap = transports.udpBootstrap(group, address, sockets > 1)
                .handler(new UdpHandler(exchange, RateLimiter.of(settings.rateLimit())));
        try {
            for (int attempt = 1; ; attempt++) {
                List<Channel> udp = new ArrayList<>();
                udp.add(bind(bootstrap.bind(address, settings.port()), "UDP", settings));
                int port = ((InetSocketAddress) udp.get(0).localAddress()).getPort();
                while (udp.size() < sockets) {
                    udp.add(bind(bootstrap.bind(address, port), "UDP", settings));
                }
                ChannelFuture tcpBind = new ServerBootstrap().group(group).channel(transports.serverChannel())
                        .childHandler(TcpHandler.initializer(exchange)).bind(address, port);
                if (tcpBind.awaitUninterruptibly().isSuccess()) {
                    return new DnsServer(group, udp, tcpBind.channel(), port, counts);
                }
                udp.forEach(channel -> channel.close().awaitUninterruptibly());
                if (settings.port() != 0 || attempt == EPHEMERAL_ATTEMPTS) {
                    throw new DnsException("cannot bind TCP " + settings.bindAddress() + ":" + port, tcpBind.cause());
                }
            }
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static Channel bind(ChannelFuture future, String protocol, DnsSettings settings) {
        if (!future.awaitUninterruptibly().isSuccess()) {
            throw new DnsException("cannot bind " + protocol + " " + settings.bindAddress() + ":" + settings.port(),
                    future.cause());
        }
        return future.channel();
    }

    /** The port both UDP and TCP listen on. */
    public int port() {
        return port;
    }

    /** Replies sent so far, by response code. */
    public QueryCounts queries() {
        return counts;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            udp.forEach(channel -> channel.close().awaitUninterruptibly());
            tcp.close().awaitUninterruptibly();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }
}
