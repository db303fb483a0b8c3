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
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class CachedAnswersTest {

    private final DnsRecords records = new DnsRecords();
    private final Exchange exchange = Packets.exchange(records);

    CachedAnswersTest() {
        records.setApp("retail", "shop", List.of("shop.example.com"), List.of(
                new SrvTarget("i-1", "10.0.0.1", 8081), new SrvTarget("i-2", "10.0.0.2", 8082)));
    }

    private static Message query(String name, int type, int ednsPayload) {
        Message query = ResolverTest.query(name, type);
        if (ednsPayload > 0) {
            query.addRecord(new OPTRecord(ednsPayload, 0, 0), Section.ADDITIONAL);
        }
        return query;
    }

    private byte[] udp(Message query) {
        return send(query.toWire(), true);
    }

    private byte[] send(byte[] request, boolean udp) {
        ByteBuf in = Unpooled.wrappedBuffer(request);
        ByteBuf out = udp ? exchange.udp(in, UnpooledByteBufAllocator.DEFAULT)
                : exchange.tcp(in, UnpooledByteBufAllocator.DEFAULT);
        assertThat(in.readerIndex()).isZero();
        if (out == null) {
            return null;
        }
        try {
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    @Test
    void cachedAnswersAreByteForByteWhatDnsjavaEncodesForTheSameQuery() {
        List<Message> queries = List.of(
                query("shop.retail.wharf.localhost.", Type.A, 0),
                query("SHOP.Retail.wharf.LOCALHOST.", Type.A, 1232),
                query("shop.retail.wharf.localhost.", Type.AAAA, 0),
                query("_http._tcp.Shop.retail.wharf.localhost.", Type.SRV, 4096),
                query("i-2.shop.retail.wharf.localhost.", Type.A, 0),
                query("nope.retail.wharf.localhost.", Type.A, 0),
                query("Shop.Example.Com.", Type.A, 0),
                query("wharf.localhost.", Type.NS, 512),
                query("wharf.localhost.", Type.ANY, 0),
                query("example.org.", Type.A, 0));
        for (Message query : queries) {
            byte[] expected = exchange.udp(query.toWire());
            for (int id : new int[] {1, 0xBEEF}) {
                query.getHeader().setID(id);
                query.getHeader().setFlag(Flags.RD);
                byte[] request = query.toWire();
                assertThat(udp(query)).as("%s", query.getQuestion()).isEqualTo(exchange.udp(request));
            }
            assertThat(expected).isNotNull();
        }
    }

    @Test
    void theQueryIdRecursionFlagAndTheLetterCaseOfTheQuestionAreEchoed() throws IOException {
        Message lower = query("shop.retail.wharf.localhost.", Type.A, 0);
        lower.getHeader().setID(7);
        assertThat(new Message(udp(lower)).getHeader().getID()).isEqualTo(7);

        Message mixed = query("sHoP.rEtAiL.WhArF.lOcAlHoSt.", Type.A, 0);
        mixed.getHeader().setID(0xCAFE);
        mixed.getHeader().unsetFlag(Flags.RD);
        Message reply = new Message(udp(mixed));
        assertThat(reply.getHeader().getID()).isEqualTo(0xCAFE);
        assertThat(reply.getHeader().getFlag(Flags.RD)).isFalse();
        assertThat(reply.getQuestion().getName().toString()).isEqualTo("sHoP.rEtAiL.WhArF.lOcAlHoSt.");
        assertThat(reply.getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(r.getName().toString()).isEqualTo("sHoP.rEtAiL.WhArF.lOcAlHoSt."));
    }

    @Test
    void aChangeOfTheRecordsIsAnsweredAtOnce() throws IOException {
        Message instance = query("i-3.shop.retail.wharf.localhost.", Type.A, 0);
        assertThat(new Message(udp(instance)).getRcode()).isEqualTo(Rcode.NXDOMAIN);

        records.setApp("retail", "shop", List.of(), List.of(new SrvTarget("i-3", "10.0.0.3", 8083)));
        assertThat(new Message(udp(instance)).getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(r.rdataToString()).isEqualTo("10.0.0.3"));
        assertThat(new Message(udp(query("shop.example.com.", Type.A, 0))).getRcode()).isEqualTo(Rcode.REFUSED);

        records.removeApp("retail", "shop");
        assertThat(new Message(udp(instance)).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(new Message(udp(query("shop.retail.wharf.localhost.", Type.A, 0))).getRcode())
                .isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void clientsWithDifferentEdnsSizesNeverShareATruncatedAnswer() throws IOException {
        records.setApp("retail", "big", List.of(), IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new SrvTarget("i-" + i, "10.1.0." + i, 9000 + i)).toList());
        String name = "_http._tcp.big.retail.wharf.localhost.";
        for (int round = 0; round < 2; round++) {
            Message large = new Message(udp(query(name, Type.SRV, 4096)));
            assertThat(large.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(large.getSection(Section.ADDITIONAL)).hasSize(21);

            byte[] small = udp(query(name, Type.SRV, 0));
            assertThat(small.length).isLessThanOrEqualTo(512);
            assertThat(new Message(small).getHeader().getFlag(Flags.TC)).isTrue();
            assertThat(new Message(small).getSection(Section.ANSWER)).isEmpty();

            byte[] medium = udp(query(name, Type.SRV, 1232));
            assertThat(medium.length).isLessThanOrEqualTo(1232);
            assertThat(new Message(medium).getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(new Message(medium).getSection(Section.ANSWER)).hasSize(20);
            assertThat(new Message(medium).getSection(Section.ADDITIONAL)).singleElement()
                    .isInstanceOf(OPTRecord.class);

            Message tcp = new Message(send(query(name, Type.SRV, 0).toWire(), false));
            assertThat(tcp.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(tcp.getSection(Section.ADDITIONAL)).hasSize(20);
        }
    }

    @Test
    void unusualQueriesTakeTheFullPathAndGetItsAnswer() throws IOException {
        Message twoQuestions = query("shop.retail.wharf.localhost.", Type.A, 0);
        twoQuestions.addRecord(ResolverTest.query("shop.example.com.", Type.A).getQuestion(), Section.QUESTION);
        assertThat(new Message(udp(twoQuestions)).getRcode()).isEqualTo(Rcode.FORMERR);

        Message chaos = ResolverTest.query("shop.retail.wharf.localhost.", Type.A);
        chaos.getHeader().setOpcode(org.xbill.DNS.Opcode.NOTIFY);
        assertThat(new Message(udp(chaos)).getRcode()).isEqualTo(Rcode.NOTIMP);

        Message badVersion = query("shop.retail.wharf.localhost.", Type.A, 0);
        badVersion.addRecord(new OPTRecord(1232, 0, 1), Section.ADDITIONAL);
        assertThat(new Message(udp(badVersion)).getRcode()).isEqualTo(Rcode.BADVERS);

        Message otherClass = ResolverTest.query("shop.retail.wharf.localhost.", Type.A);
        otherClass.removeAllRecords(Section.QUESTION);
        otherClass.addRecord(org.xbill.DNS.Record.newRecord(
                org.xbill.DNS.Name.fromConstantString("shop.retail.wharf.localhost."), Type.A, DClass.CH),
                Section.QUESTION);
        assertThat(new Message(udp(otherClass)).getRcode()).isEqualTo(Rcode.REFUSED);
    }
}
