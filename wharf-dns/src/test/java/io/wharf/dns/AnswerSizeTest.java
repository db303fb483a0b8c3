package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** UDP answers never exceed what the client can take; TCP answers are whole. Every path, cached or not. */
class AnswerSizeTest {

    private static final String SIXTY = "_http._tcp.sixty.retail.wharf.localhost.";
    private static final String FORTY = "_http._tcp.forty.retail.wharf.localhost.";
    private static final String TWO_HUNDRED = "_http._tcp.twohundred.retail.wharf.localhost.";

    private final DnsRecords records = new DnsRecords();
    private final Exchange exchange = Packets.exchange(records);

    AnswerSizeTest() {
        records.setApp("retail", "forty", List.of(), instances(40));
        records.setApp("retail", "sixty", List.of(), instances(60));
        records.setApp("retail", "twohundred", List.of(), instances(200));
    }

    private static List<SrvTarget> instances(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new SrvTarget("i-" + i, "10.1." + i / 250 + "." + i % 250, 9000 + i)).toList();
    }

    private static byte[] query(String name, int ednsPayload) {
        Message query = ResolverTest.query(name, Type.ANY);
        if (ednsPayload > 0) {
            query.addRecord(new OPTRecord(ednsPayload, 0, 0), Section.ADDITIONAL);
        }
        return query.toWire();
    }

    /** Through the production entry point (fast path and cache first), as the handlers call it. */
    private byte[] send(byte[] request, boolean udp) {
        ByteBuf in = Unpooled.wrappedBuffer(request);
        ByteBuf out = udp ? exchange.udp(in, UnpooledByteBufAllocator.DEFAULT)
                : exchange.tcp(in, UnpooledByteBufAllocator.DEFAULT);
        try {
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    @Test
    void anAnyAnswerOverUdpWithoutEdnsIsAtMost512BytesWithTcSetAndTheQuestionKept() throws IOException {
        for (int round = 0; round < 3; round++) {
            byte[] wire = send(query(SIXTY, 0), true);
            assertThat(wire.length).isLessThanOrEqualTo(512);
            Message reply = new Message(wire);
            assertThat(reply.getHeader().getFlag(Flags.TC)).isTrue();
            assertThat(reply.getQuestion().getName().toString()).isEqualTo(SIXTY);
            assertThat(reply.getSection(Section.ANSWER)).isEmpty();
        }
        assertThat(exchange.udp(query(SIXTY, 0)).length).isLessThanOrEqualTo(512);
    }

    @Test
    void theSameAnyQueryOverTcpGetsEveryRecord() throws IOException {
        send(query(SIXTY, 0), true);
        Message reply = new Message(send(query(SIXTY, 0), false));
        assertThat(reply.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(reply.getSection(Section.ANSWER)).hasSize(60);
        assertThat(reply.getSection(Section.ADDITIONAL)).hasSize(60);
    }

    @Test
    void withEdns4096TheWholeAnyAnswerComesOverUdp() throws IOException {
        for (int round = 0; round < 2; round++) {
            byte[] wire = send(query(FORTY, 4096), true);
            assertThat(wire.length).isGreaterThan(1232).isLessThanOrEqualTo(4096);
            Message reply = new Message(wire);
            assertThat(reply.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(reply.getSection(Section.ANSWER)).hasSize(40);
            assertThat(reply.getSection(Section.ADDITIONAL)).hasSize(41);
        }
    }

    @Test
    void aWholeAnswerCachedForALargeBufferIsNeverSentToASmallOne() throws IOException {
        assertThat(new Message(send(query(SIXTY, 4096), true)).getSection(Section.ANSWER)).hasSize(60);
        for (int payload : new int[] {1232, 512, 100}) {
            byte[] wire = send(query(SIXTY, payload), true);
            assertThat(wire.length).as("EDNS %d", payload).isLessThanOrEqualTo(Math.max(512, payload));
            assertThat(new Message(wire).getHeader().getFlag(Flags.TC)).isTrue();
        }
    }

    @Test
    void anAbsurdEdnsSizeIsClampedTo4096AndTcpStillAnswersInFull() throws IOException {
        byte[] wire = send(query(TWO_HUNDRED, 65535), true);
        assertThat(wire.length).isLessThanOrEqualTo(4096);
        assertThat(new Message(wire).getHeader().getFlag(Flags.TC)).isTrue();

        Message whole = new Message(send(query(TWO_HUNDRED, 65535), false));
        assertThat(whole.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(whole.getSection(Section.ANSWER)).hasSize(200);
    }

    @Test
    void whenOnlyTheAdditionalSectionDoesNotFitTheAnswersComeWithoutIt() throws IOException {
        byte[] wire = send(query(SIXTY, 4096), true);
        assertThat(wire.length).isLessThanOrEqualTo(4096);
        Message reply = new Message(wire);
        assertThat(reply.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(reply.getSection(Section.ANSWER)).hasSize(60);
        assertThat(reply.getSection(Section.ADDITIONAL)).singleElement().isInstanceOf(OPTRecord.class);
    }
}
