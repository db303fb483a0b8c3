package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ResourceLeakDetector;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

class UdpHandlerTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 7053);

    private static final InetSocketAddress OTHER_PREFIX = new InetSocketAddress("127.0.1.1", 40000);

    private EmbeddedChannel channel = channel(RateLimiter.of(ResponseRateLimit.DEFAULT));

    private static EmbeddedChannel channel(RateLimiter limiter) {
        return new EmbeddedChannel(new UdpHandler(Packets.exchange(Packets.shop()), limiter));
    }

    @BeforeAll
    static void detectEveryLeak() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void close() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    private Message send(byte[] bytes) throws IOException {
        return send(bytes, CLIENT);
    }

    private Message send(byte[] bytes, InetSocketAddress client) throws IOException {
        ByteBuf in = Unpooled.buffer(bytes.length).writeBytes(bytes);
        channel.writeInbound(new DatagramPacket(in, SERVER, client));
        assertThat(in.refCnt()).isZero();
        DatagramPacket out = channel.readOutbound();
        if (out == null) {
            return null;
        }
        try {
            assertThat(out.recipient()).isEqualTo(client);
            return new Message(ByteBufUtil.getBytes(out.content()));
        } finally {
            out.release();
            assertThat(out.refCnt()).isZero();
        }
    }

    @Test
    void aValidQueryIsAnsweredToItsSender() throws IOException {
        Message answer = send(Packets.validQuery());
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answer.getSection(Section.ANSWER)).hasSize(1);
    }

    @Test
    void malformedPacketsAreDroppedOrFormerrAndTheChannelKeepsWorking() throws IOException {
        for (byte[] packet : Packets.malformed()) {
            Message reply = send(packet);
            if (reply != null) {
                assertThat(reply.getRcode()).isIn(Packets.MALFORMED_RCODES);
            }
            assertThat(channel.isOpen()).isTrue();
        }
        assertThat(send(Packets.validQuery()).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void shortPacketsAreDroppedAndAHeaderWithoutItsQuestionsIsFormerr() throws IOException {
        assertThat(send(new byte[0])).isNull();
        assertThat(send(new byte[] {1, 2, 3})).isNull();
        Message reply = send(Packets.malformed().get(2));
        assertThat(reply.getRcode()).isEqualTo(Rcode.FORMERR);
        assertThat(reply.getHeader().getID()).isEqualTo(0x1234);
    }

    @Test
    void responsesSentToUsAreDropped() throws IOException {
        byte[] response = Packets.validQuery();
        response[2] |= (byte) 0x80;
        assertThat(send(response)).isNull();
    }

    @Test
    void aClientPrefixOverItsRateGetsNoAnswerOrATruncatedOneWhileAnotherPrefixIsStillAnswered()
            throws IOException {
        assertThat(channel.finishAndReleaseAll()).isFalse();
        // A stopped clock: only the burst of 10 is ever allowed, however slow this machine is.
        channel = channel(new RateLimiter(new ResponseRateLimit(100, 10, 2), () -> 0L));
        for (int i = 0; i < 10; i++) {
            assertThat(send(Packets.validQuery()).getSection(Section.ANSWER)).hasSize(1);
        }
        for (int i = 0; i < 10; i++) {
            Message limited = send(Packets.validQuery());
            if (i % 2 == 0) {
                assertThat(limited).isNull();
            } else {
                assertThat(limited.getHeader().getFlag(Flags.TC)).isTrue();
                assertThat(limited.getQuestion()).isNotNull();
                assertThat(limited.getSection(Section.ANSWER)).isEmpty();
            }
        }
        Message other = send(Packets.validQuery(), OTHER_PREFIX);
        assertThat(other.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(other.getSection(Section.ANSWER)).hasSize(1);
    }
}
