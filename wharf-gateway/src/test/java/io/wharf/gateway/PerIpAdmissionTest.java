package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PerIpAdmissionTest {

    private final EmbeddedChannel listener = new EmbeddedChannel(new PerIpAdmission(new ConnectionsPerIp(2)));

    @AfterEach
    void close() {
        listener.finishAndReleaseAll();
    }

    @Test
    void connectionsOverTheCapAreRefusedInTheOrderTheyWereAcceptedAndPassedOnToBeClosed() {
        Channel first = accept("127.0.0.1");
        Channel second = accept("127.0.0.1");
        Channel third = accept("127.0.0.1");

        assertThat(PerIpAdmission.refused(first)).isFalse();
        assertThat(PerIpAdmission.refused(second)).isFalse();
        assertThat(PerIpAdmission.refused(third)).isTrue();
        assertThat((Object) listener.readInbound()).isSameAs(first);
        assertThat((Object) listener.readInbound()).isSameAs(second);
        assertThat((Object) listener.readInbound()).as("the acceptor still gets it, to close it").isSameAs(third);
    }

    @Test
    void anotherAddressIsAdmittedAndAClosedConnectionFreesItsPlace() {
        Channel first = accept("127.0.0.1");
        accept("127.0.0.1");

        assertThat(PerIpAdmission.refused(accept("127.0.0.2"))).isFalse();
        first.close().syncUninterruptibly();
        assertThat(PerIpAdmission.refused(accept("127.0.0.1"))).isFalse();
        assertThat(PerIpAdmission.refused(accept("127.0.0.1"))).isTrue();
    }

    private Channel accept(String ip) {
        Channel child = new FromAddress(new InetSocketAddress(ip, 40000));
        listener.writeInbound(child);
        return child;
    }

    private static final class FromAddress extends EmbeddedChannel {
        private final SocketAddress remote;

        FromAddress(SocketAddress remote) {
            this.remote = remote;
        }

        @Override
        protected SocketAddress remoteAddress0() {
            return remote;
        }
    }
}
