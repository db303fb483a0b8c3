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

    private final EmbeddedChannel channel = new EmbeddedChannel(new UdpHandler(Packets.exchange(Packets.shop())));

    @BeforeAll
    static void detectEveryLeak() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void close() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    private Message send(byte[] bytes) throws IOException {
        ByteBuf in = Unpooled.buffer(bytes.length).writeBytes(bytes);
        channel.writeInbound(new DatagramPacket(in, SERVER, CLIENT));
        assertThat(in.refCnt()).isZero();
        DatagramPacket out = channel.readOutbound();
        if (out == null) {
            return null;
        }
        try {
            assertThat(out.recipient()).isEqualTo(CLIENT);
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
}
