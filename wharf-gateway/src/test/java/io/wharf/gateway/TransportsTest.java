package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
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
}
