package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class SlipTest {

    private final Exchange exchange = Packets.exchange(Packets.shop());

    private static Message slip(byte[] reply) throws IOException {
        ByteBuf cut = Slip.truncate(Unpooled.wrappedBuffer(reply));
        try {
            return new Message(ByteBufUtil.getBytes(cut));
        } finally {
            cut.release();
        }
    }

    @Test
    void aSlipAnswerKeepsIdQuestionAndRcodeSetsTcAndCarriesNoRecords() throws IOException {
        for (String name : List.of("_http._tcp.shop.retail.wharf.localhost.", "nope.retail.wharf.localhost.")) {
            Message query = ResolverTest.query(name, Type.SRV);
            query.getHeader().setID(0x4242);
            Message full = new Message(exchange.udp(query.toWire()));
            Message cut = slip(exchange.udp(query.toWire()));
            assertThat(cut.getHeader().getID()).isEqualTo(0x4242);
            assertThat(cut.getHeader().getFlag(Flags.TC)).isTrue();
            assertThat(cut.getHeader().getFlag(Flags.QR)).isTrue();
            assertThat(cut.getRcode()).isEqualTo(full.getRcode());
            assertThat(cut.getQuestion()).isEqualTo(full.getQuestion());
            for (int section : new int[] {Section.ANSWER, Section.AUTHORITY, Section.ADDITIONAL}) {
                assertThat(cut.getSection(section)).isEmpty();
            }
        }
    }

    @Test
    void aReplyWithoutAQuestionSlipsAsItsHeader() throws IOException {
        Message formerr = slip(exchange.udp(Packets.malformed().get(2)));
        assertThat(formerr.getRcode()).isEqualTo(Rcode.FORMERR);
        assertThat(formerr.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(formerr.getHeader().getID()).isEqualTo(0x1234);
    }
}
