package io.wharf.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Wharf's HTTP/1.1 reverse proxy and load balancer. Routes requests by Host header to ready backends. */
public final class Gateway implements AutoCloseable {

    private final Channel server;
    private final String transport;
    private final int eventLoops;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final GatewayContext context;
    private final BackendDrain drain;

    private Gateway(Channel server, String transport, int eventLoops, EventLoopGroup boss, EventLoopGroup workers,
                    GatewayContext context) {
        this.server = server;
        this.transport = transport;
        this.eventLoops = eventLoops;
        this.boss = boss;
        this.workers = workers;
        this.context = context;
        this.drain = new BackendDrain(workers, context.health());
    }

    public static Gateway start(GatewaySettings settings, Routes routes) {
        Transports.Loops loops = Transports.detect().open(1, settings.workerThreads());
        Transports transports = loops.transports();
        EventLoopGroup boss = loops.group(0);
        EventLoopGroup workers = loops.group(1);
        BackendHealth health = new BackendHealth(System::nanoTime);
        GatewayContext context;
        try {
            context = new GatewayContext(settings, routes, health, new BackendPools(settings, transports, health, routes));
        } catch (RuntimeException e) {
            loops.shutdownNow();
            throw e;
        }
        try {
            Channel server = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(transports.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .handler(new PerIpAdmission(context.connectionsPerIp()))
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new FrontendInitializer(context))
                    .bind(settings.bindAddress(), settings.port())
                    .sync()
                    .channel();
            return new Gateway(server, transports.name(), loops.eventLoops(1), boss, workers, context);
        } catch (Exception e) {
            loops.shutdownNow();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new GatewayException("cannot listen on " + settings.bindAddress() + ":" + settings.port(), e);
        }
    }

    /** How many event loops serve its client connections. */
    public int eventLoops() {
        return eventLoops;
    }

    /** The socket transport it runs on: io_uring, epoll or nio. */
    public String transport() {
        return transport;
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public AppCounters counters(String system, String app) {
        return context.counters(system, app);
    }

    /**
     * Waits, at most {@code max}, until no request is in flight to the backend at {@code host:port}, which
     * was just taken out of the routes (a request that picked it before is counted); whether none is. On
     * interrupt, returns false at once with the thread's interrupt status set.
     */
    public boolean awaitIdle(String host, int port, Duration max) {
        return drain.await(host + ":" + port, max);
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
