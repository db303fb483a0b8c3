package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.util.NettyRuntime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TransportsTest {

    @Test
    void byDefaultTheGatewayRunsOnTheBestTransportTheKernelOffers() {
        String best = IoUring.isAvailable() ? "io_uring" : Epoll.isAvailable() ? "epoll" : "nio";
        assertThat(Transports.detect("io_uring").name()).isEqualTo(best);
    }

    @Test
    void askingForEpollNeverGivesIoUring() {
        assertThat(Transports.detect("epoll").name()).isEqualTo(Epoll.isAvailable() ? "epoll" : "nio");
    }

    @Test
    void nioCanAlwaysBeChosen() {
        assertThat(Transports.detect("nio").name()).isEqualTo("nio");
    }

    @Test
    void anUnknownTransportIsRefusedWithTheNamesThatWork() {
        assertThatThrownBy(() -> Transports.detect("kqueue"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("wharf.gateway.transport must be one of [io_uring, epoll, nio], not \"kqueue\"");
    }

    @Test
    void eventLoopsThatIoUringCannotSetUpAreMadeOnTheNextTransport() {
        Transports refusing = new Transports("io_uring", executor -> {
            throw new IllegalStateException("failed to allocate memory for the ring");
        }, IoUringServerSocketChannel.class, IoUringSocketChannel.class);

        Transports.Loops loops = refusing.open(1, 2);
        try {
            assertThat(loops.transports().name()).isEqualTo(Transports.detect("epoll").name());
            assertThat(loops.groups()).hasSize(2);
        } finally {
            loops.groups().forEach(group -> group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly());
        }
    }

    @Test
    void eventLoopsThatNoTransportCanSetUpFailWithTheTransportsName() {
        Transports refusing = new Transports("epoll", executor -> {
            throw new IllegalStateException("no");
        }, EpollServerSocketChannel.class, EpollSocketChannel.class);

        assertThatThrownBy(() -> refusing.open(1)).isInstanceOf(GatewayException.class)
                .hasMessageContaining("cannot start the gateway's epoll event loops");
    }

    @Test
    void withoutACountIoUringGetsOneLoopPerTwoCpusAndTheOthersOnePerCpu() {
        Transports ioUring = new Transports("io_uring", null, IoUringServerSocketChannel.class, IoUringSocketChannel.class);
        Transports epoll = new Transports("epoll", null, EpollServerSocketChannel.class, EpollSocketChannel.class);

        assertThat(ioUring.defaultLoops(1)).isEqualTo(1);
        assertThat(ioUring.defaultLoops(2)).isEqualTo(1);
        assertThat(ioUring.defaultLoops(8)).isEqualTo(4);
        assertThat(epoll.defaultLoops(2)).isEqualTo(2);
        assertThat(epoll.defaultLoops(8)).isEqualTo(8);
    }

    @Test
    void aCountOfZeroOpensTheTransportsDefaultNumberOfLoops() {
        Transports.Loops loops = Transports.detect("epoll").open(0, 3);
        try {
            assertThat(loops.eventLoops(0)).isEqualTo(loops.transports().defaultLoops(NettyRuntime.availableProcessors()));
            assertThat(loops.eventLoops(1)).isEqualTo(3);
        } finally {
            loops.groups().forEach(group -> group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly());
        }
    }
}
