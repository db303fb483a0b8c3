package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class ExchangeTest {

    private final DnsRecords records = new DnsRecords();
    private final Exchange exchange = Packets.exchange(records);

    private Message srvQuery(int ednsPayload) {
        records.setApp("retail", "shop", List.of(), IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new SrvTarget("i-" + i, "10.0.0." + i, 8000 + i)).toList());
        Message query = ResolverTest.query("_http._tcp.shop.retail.wharf.localhost.", Type.SRV);
        if (ednsPayload > 0) {
            query.addRecord(new OPTRecord(ednsPayload, 0, 0), Section.ADDITIONAL);
        }
        return query;
    }

    @Test
    void aLargeUdpAnswerWithoutEdnsIsTruncatedTo512BytesWithTheTcFlag() throws IOException {
        byte[] reply = exchange.udp(srvQuery(0).toWire());
        assertThat(reply.length).isLessThanOrEqualTo(512);
        Message answer = new Message(reply);
        assertThat(answer.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(answer.getSection(Section.ANSWER)).isEmpty();
        assertThat(answer.getQuestion().getType()).isEqualTo(Type.SRV);
    }

    @Test
    void aLargeUdpAnswerFitsTheClientsEdnsPayloadSize() throws IOException {
        byte[] reply = exchange.udp(srvQuery(4096).toWire());
        Message answer = new Message(reply);
        assertThat(answer.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(answer.getSection(Section.ANSWER)).hasSize(60);
        assertThat(answer.getOPT()).isNotNull();
    }

    @Test
    void theAdditionalSectionIsDroppedBeforeTheAnswerIsTruncated() throws IOException {
        byte[] reply = exchange.udp(srvQuery(3500).toWire());
        Message answer = new Message(reply);
        assertThat(reply.length).isLessThanOrEqualTo(3500);
        assertThat(answer.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(answer.getSection(Section.ANSWER)).hasSize(60);
        assertThat(answer.getSection(Section.ADDITIONAL)).singleElement().isInstanceOf(OPTRecord.class);
    }

    @Test
    void tcpAnswersAreNeverTruncated() throws IOException {
        Message answer = new Message(exchange.tcp(srvQuery(0).toWire()));
        assertThat(answer.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(answer.getSection(Section.ANSWER)).hasSize(60);
        assertThat(answer.getSection(Section.ADDITIONAL)).hasSize(60);
    }
}
