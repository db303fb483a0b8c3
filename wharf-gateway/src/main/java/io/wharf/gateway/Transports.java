package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
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
import io.netty.util.NettyRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private static final System.Logger LOG = System.getLogger(Transports.class.getName());
    /** The HTTP gateway and the TCP load balancer both open loops; why io_uring is not used is told once. */
    private static final AtomicBoolean UNAVAILABILITY_TOLD = new AtomicBoolean();
    private static final AtomicBoolean FALL_BACK_TOLD = new AtomicBoolean();

    /** Event-loop groups made together, and the transport they run on. */
    public record Loops(Transports transports, List<EventLoopGroup> groups) {
        public EventLoopGroup group(int index) {
            return groups.get(index);
        }

        /** How many event loops group {@code index} has. */
        public int eventLoops(int index) {
            return ((MultiThreadIoEventLoopGroup) groups.get(index)).executorCount();
        }

        /** Starts stopping every group without a quiet period (it does not wait), as after a failed start. */
        public void shutdownNow() {
            shutdownNow(groups);
        }

        private static void shutdownNow(List<EventLoopGroup> groups) {
            groups.forEach(group -> group.shutdownGracefully(0, 0, TimeUnit.SECONDS));
        }
    }

    public static Transports detect() {
        // wharf.gateway.nio=true is the older way to ask for NIO
        String fallback = Boolean.getBoolean("wharf.gateway.nio") ? NIO : IO_URING;
        return detect(System.getProperty(PROPERTY, fallback));
    }

    /** The first transport this machine supports, from {@code wanted} on in the order io_uring, epoll, NIO. */
    static Transports detect(String wanted) {
        int first = ORDER.indexOf(wanted);
        if (first < 0) {
            throw new GatewayException(PROPERTY + " must be one of " + ORDER + ", not \"" + wanted + "\"");
        }
        if (first == 0 && IoUring.isAvailable()) {
            return new Transports(IO_URING, IoUringIoHandler.newFactory(),
                    IoUringServerSocketChannel.class, IoUringSocketChannel.class);
        }
        if (first == 0 && UNAVAILABILITY_TOLD.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "io_uring is not available here, so the gateway does not use it: {0}",
                    String.valueOf(IoUring.unavailabilityCause()));
        }
        if (first <= 1 && Epoll.isAvailable()) {
            return new Transports(EPOLL, EpollIoHandler.newFactory(),
                    EpollServerSocketChannel.class, EpollSocketChannel.class);
        }
        return new Transports(NIO, NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);
    }

    /**
     * The event loops a group gets when none are asked for: one per CPU, and on io_uring one per two CPUs. An
     * io_uring loop serves all its connections with a system call per batch, so fewer loops carry the load,
     * and the cores they leave go to what the gateway shares the machine with: the apps it routes to, wrk in
     * a benchmark, the API and DNS. (On two CPUs one io_uring loop gave more requests per second and a
     * shorter p99 than two; one epoll loop gave fewer requests per second than HAProxy.)
     */
    int defaultLoops(int cpus) {
        return name.equals(IO_URING) ? Math.max(1, cpus / 2) : Math.max(1, cpus);
    }

    /**
     * One event-loop group per entry of {@code threads}, of that many loops (0: {@link #defaultLoops}). A kernel
     * that let io_uring set up one ring may refuse the many asked for here; then all the groups are made
     * on the next transport.
     *
     * @throws GatewayException if no transport can make them
     */
    public Loops open(int... threads) {
        List<EventLoopGroup> groups = new ArrayList<>();
        try {
            for (int count : threads) {
                int loops = count > 0 ? count : defaultLoops(NettyRuntime.availableProcessors());
                groups.add(new MultiThreadIoEventLoopGroup(loops, ioHandlerFactory));
            }
            return new Loops(this, List.copyOf(groups));
        } catch (RuntimeException e) {
            Loops.shutdownNow(groups);
            if (!name.equals(IO_URING)) {
                throw new GatewayException("cannot start the gateway's " + name + " event loops", e);
            }
            if (FALL_BACK_TOLD.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.WARNING, "io_uring event loops could not be set up, so the gateway"
                        + " falls back: " + e);
            }
            return detect(EPOLL).open(threads);
        }
    }
}
