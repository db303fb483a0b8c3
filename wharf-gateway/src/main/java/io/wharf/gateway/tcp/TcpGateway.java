package io.wharf.gateway.tcp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancer;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.GatewayException;
import io.wharf.gateway.Transports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's TCP mode: a port per app that asks for one, each connection relayed to one ready
 * instance. For services that do not speak HTTP (databases, queues, gRPC without TLS termination).
 */
public final class TcpGateway implements AutoCloseable {
    private final String bindAddress;
    /**
     * How long a relayed connection may stay silent both ways before both ends are closed: an hour, as HAProxy's
     * documentation suggests for {@code timeout tunnel}, so that pooled database connections (HikariCP keeps
     * idle ones up to 10 minutes) survive while abandoned ones do not stay forever.
     */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(1);

    private final int connectTimeoutMillis;
    private final Duration idleTimeout;
    private final Transports transports;
    private final EventLoopGroup group;
    private final Map<Integer, TcpListener> listeners = new TreeMap<>();

    /** With the {@link #DEFAULT_IDLE_TIMEOUT}. */
    public TcpGateway(String bindAddress, Duration connectTimeout, int threads) {
        this(bindAddress, connectTimeout, DEFAULT_IDLE_TIMEOUT, threads);
    }

    public TcpGateway(String bindAddress, Duration connectTimeout, Duration idleTimeout, int threads) {
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()
                || threads < 0) {
            throw new GatewayException("connect and idle timeouts must be positive and threads >= 0");
        }
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        Transports.Loops loops = Transports.detect().open(threads);
        this.transports = loops.transports();
        this.group = loops.group(0);
    }

    /**
     * Routes new connections on {@code port} to {@code backends}, opening the port on first use.
     * @throws GatewayException if the port cannot be opened (for example, another process has it)
     */
    public synchronized void setRoute(int port, String app, Balancing balancing, List<Backend> backends) {
        TcpListener existing = listeners.get(port);
        if (existing != null) {
            existing.route(existing.route().next(app, balancing, backends));
            return;
        }
        TcpListener listener = new TcpListener(new TcpRoute(app, balancing, Balancer.of(balancing), backends),
                transports, connectTimeoutMillis, idleTimeout);
        listener.bound(bind(port, listener));
        listeners.put(port, listener);
    }

    /**
     * As {@link #setRoute}, for a port shared between owners (apps, load-balanced Services): the port is
     * {@code owner}'s when it is free or already {@code owner}'s; routes of open connections stay.
     * @throws GatewayException if another owner holds the port, or it cannot be opened
     */
    public synchronized void claimRoute(int port, String owner, Balancing balancing, List<Backend> backends) {
        TcpListener existing = listeners.get(port);
        if (existing != null && !existing.route().app().equals(owner)) {
            throw new GatewayException("TCP port " + port + " is in use by " + existing.route().app());
        }
        setRoute(port, owner, balancing, backends);
    }

    /** Closes the port if {@code owner} holds it; another owner's port stays open. */
    public synchronized void release(int port, String owner) {
        TcpListener existing = listeners.get(port);
        if (existing != null && existing.route().app().equals(owner)) {
            remove(port);
        }
    }

    /** Closes the port; connections already open stay until either side closes them. */
    public synchronized void remove(int port) {
        TcpListener listener = listeners.remove(port);
        if (listener != null) {
            listener.close();
        }
    }

    public synchronized Set<Integer> ports() {
        return Set.copyOf(listeners.keySet());
    }

    private io.netty.channel.Channel bind(int port, TcpListener listener) {
        try {
            return new ServerBootstrap()
                    .group(group)
                    .channel(transports.serverChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.AUTO_READ, false)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(listener.idleStateHandler(), new TcpFrontendHandler(listener));
                        }
                    })
                    .bind(bindAddress, port).sync().channel();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new GatewayException("cannot open TCP port " + bindAddress + ":" + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        listeners.values().forEach(TcpListener::close);
        listeners.clear();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
