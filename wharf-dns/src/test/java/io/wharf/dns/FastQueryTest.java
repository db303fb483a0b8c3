package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class FastQueryTest {

    private static FastQuery parse(byte[] wire) {
        return FastQuery.parse(Unpooled.wrappedBuffer(wire));
    }

    private static Message query(String name) {
        return ResolverTest.query(name, Type.A);
    }

    @Test
    void anOrdinaryQueryIsReadWithItsIdFlagsAndEdnsSize() {
        Message query = query("Shop.retail.wharf.localhost.");
        query.getHeader().setID(0x1234);
        query.getHeader().setFlag(Flags.RD);
        query.addRecord(new OPTRecord(1232, 0, 0, Flags.DO), Section.ADDITIONAL);
        FastQuery fast = parse(query.toWire());
        assertThat(fast.id()).isEqualTo(0x1234);
        assertThat(fast.recursionDesired()).isTrue();
        assertThat(fast.nameLength()).isEqualTo("Shop.retail.wharf.localhost.".length() + 1);
        assertThat(fast.edns()).isTrue();
        assertThat(fast.udpLimit()).isEqualTo(1232);
        assertThat(parse(query("shop.retail.wharf.localhost.").toWire()).udpLimit()).isEqualTo(512);
    }

    @Test
    void namesThatDifferOnlyInLetterCaseShareAKeyAndEdnsDoesNot() {
        Message withEdns = query("shop.retail.wharf.localhost.");
        withEdns.addRecord(new OPTRecord(4096, 0, 0), Section.ADDITIONAL);
        CacheKey lower = parse(query("shop.retail.wharf.localhost.").toWire()).key();
        assertThat(parse(query("SHOP.Retail.wharf.localhost.").toWire()).key()).isEqualTo(lower);
        assertThat(parse(query("shoq.retail.wharf.localhost.").toWire()).key()).isNotEqualTo(lower);
        assertThat(parse(withEdns.toWire()).key()).isNotEqualTo(lower);
    }

    @Test
    void unusualMessagesAreNotFastQueries() {
        byte[] plain = query("shop.retail.wharf.localhost.").toWire();
        Message notify = query("shop.retail.wharf.localhost.");
        notify.getHeader().setOpcode(Opcode.NOTIFY);
        Message response = query("shop.retail.wharf.localhost.");
        response.getHeader().setFlag(Flags.QR);
        Message twoQuestions = query("shop.retail.wharf.localhost.");
        twoQuestions.addRecord(query("a.wharf.localhost.").getQuestion(), Section.QUESTION);
        Message ednsVersion1 = query("shop.retail.wharf.localhost.");
        ednsVersion1.addRecord(new OPTRecord(1232, 0, 1), Section.ADDITIONAL);
        Message answerInQuery = query("shop.retail.wharf.localhost.");
        answerInQuery.addRecord(query("a.wharf.localhost.").getQuestion(), Section.ADDITIONAL);
        byte[] pointer = Arrays.copyOf(plain, 12 + 2 + 4);
        pointer[12] = (byte) 0xC0;
        pointer[13] = 12;

        assertThat(parse(plain)).isNotNull();
        assertThat(parse(notify.toWire())).isNull();
        assertThat(parse(response.toWire())).isNull();
        assertThat(parse(twoQuestions.toWire())).isNull();
        assertThat(parse(ednsVersion1.toWire())).isNull();
        assertThat(parse(answerInQuery.toWire())).isNull();
        assertThat(parse(pointer)).isNull();
        assertThat(parse(Arrays.copyOf(plain, plain.length + 1))).isNull();
        assertThat(parse(Arrays.copyOf(plain, plain.length - 1))).isNull();
    }
}
