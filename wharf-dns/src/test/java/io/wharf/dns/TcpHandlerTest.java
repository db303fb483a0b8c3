package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

class TcpHandlerTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(TcpHandler.initializer(Packets.exchange(Packets.shop())));
    private final List<ByteBuf> inputs = new ArrayList<>();

    @BeforeAll
    static void detectEveryLeak() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void close() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
        assertThat(inputs).allSatisfy(in -> assertThat(in.refCnt()).isZero());
    }

    private static byte[] framed(byte[] message) {
        return ByteBuffer.allocate(message.length + 2).putShort((short) message.length).put(message).array();
    }

    private void write(byte[] bytes) {
        ByteBuf in = Unpooled.buffer(bytes.length).writeBytes(bytes);
        inputs.add(in);
        channel.writeInbound(in);
    }

    /** Reads every outbound buffer, releasing each, and parses the length-prefixed messages. */
    private List<Message> replies() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            byte[] chunk = new byte[out.readableBytes()];
            out.readBytes(chunk);
            out.release();
            assertThat(out.refCnt()).isZero();
            bytes.write(chunk);
        }
        ByteBuffer wire = ByteBuffer.wrap(bytes.toByteArray());
        List<Message> messages = new ArrayList<>();
        while (wire.remaining() >= 2) {
            byte[] message = new byte[wire.getShort() & 0xFFFF];
            wire.get(message);
            messages.add(new Message(message));
        }
        assertThat(wire.remaining()).isZero();
        return messages;
    }

    @Test
    void aValidQueryIsAnsweredWithALengthPrefix() throws IOException {
        write(framed(Packets.validQuery()));
        assertThat(replies()).singleElement().satisfies(m -> {
            assertThat(m.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(m.getSection(Section.ANSWER)).hasSize(1);
        });
    }

    @Test
    void aQuerySplitAcrossSegmentsAndTwoQueriesInOneSegmentAreAllAnswered() throws IOException {
        byte[] one = framed(Packets.validQuery());
        write(java.util.Arrays.copyOfRange(one, 0, 1));
        write(java.util.Arrays.copyOfRange(one, 1, 9));
        assertThat(replies()).isEmpty();
        write(java.util.Arrays.copyOfRange(one, 9, one.length));
        assertThat(replies()).hasSize(1);
        ByteBuffer two = ByteBuffer.allocate(one.length * 2).put(one).put(one);
        write(two.array());
        assertThat(replies()).hasSize(2);
    }

    @Test
    void malformedMessagesAreDroppedOrFormerrAndTheConnectionKeepsWorking() throws IOException {
        for (byte[] packet : Packets.malformed()) {
            write(framed(packet));
            assertThat(replies()).allSatisfy(m -> assertThat(m.getRcode()).isIn(Packets.MALFORMED_RCODES));
            assertThat(channel.isOpen()).isTrue();
        }
        write(framed(Packets.validQuery()));
        assertThat(replies()).singleElement().satisfies(m -> assertThat(m.getRcode()).isEqualTo(Rcode.NOERROR));
    }
}
