package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class ResolverTest {

    private final DnsSettings settings =
            new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", "::1");
    private final DnsRecords records = new DnsRecords();
    private final Resolver resolver = new Resolver(settings, records);

    @BeforeEach
    void publishShop() {
        records.setApp("retail", "shop", List.of("shop.example.com"), List.of(
                new SrvTarget("i-1", "10.0.0.1", 8081),
                new SrvTarget("i-2", "10.0.0.2", 8082),
                new SrvTarget("i-3", "fd00::3", 8083)));
    }

    static Message query(String name, int type) {
        return Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN));
    }

    private Message ask(String name, int type) {
        return resolver.resolve(query(name, type));
    }

    @Test
    void anAppNameResolvesToTheGatewayIpv4Authoritatively() {
        Message answer = ask("shop.retail.wharf.localhost.", Type.A);
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answer.getHeader().getFlag(Flags.QR)).isTrue();
        assertThat(answer.getSection(Section.ANSWER)).singleElement().satisfies(r -> {
            assertThat(((ARecord) r).getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(r.getTTL()).isEqualTo(5);
        });
    }

    @Test
    void anAppNameResolvesToTheGatewayIpv6ForAaaa() {
        Message answer = ask("shop.retail.wharf.localhost.", Type.AAAA);
        assertThat(answer.getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(((AAAARecord) r).getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1"));
    }

    @Test
    void namesAreCaseInsensitiveAndTheQuestionCaseIsKept() {
        Message answer = ask("ShOp.RETAIL.Wharf.LocalHost.", Type.A);
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER).get(0).getName().toString()).isEqualTo("ShOp.RETAIL.Wharf.LocalHost.");
    }

    @Test
    void aCustomDomainResolvesToTheGateway() {
        Message answer = ask("SHOP.example.com.", Type.A);
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answer.getSection(Section.ANSWER)).hasSize(1);
    }

    @Test
    void srvListsEveryReadyInstanceWithTheirAddressesAsAdditionalRecords() {
        Message answer = ask("_http._tcp.shop.retail.wharf.localhost.", Type.SRV);
        assertThat(answer.getSection(Section.ANSWER)).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(SRVRecord.class));
        assertThat(answer.getSection(Section.ANSWER).stream().map(r -> ((SRVRecord) r).getPort()))
                .containsExactly(8081, 8082, 8083);
        assertThat(answer.getSection(Section.ANSWER).stream().map(r -> ((SRVRecord) r).getTarget().toString()))
                .containsExactly("i-1.shop.retail.wharf.localhost.", "i-2.shop.retail.wharf.localhost.",
                        "i-3.shop.retail.wharf.localhost.");
        assertThat(answer.getSection(Section.ADDITIONAL).stream().map(Record::rdataToString))
                .containsExactly("10.0.0.1", "10.0.0.2", "fd00:0:0:0:0:0:0:3");
    }

    @Test
    void anInstanceNameResolvesToItsHost() {
        Message answer = ask("i-2.shop.retail.wharf.localhost.", Type.A);
        assertThat(answer.getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(r.rdataToString()).isEqualTo("10.0.0.2"));
    }

    @Test
    void theApexHasSoaAndNsWithTheNameServerAddressAsAdditional() {
        Message soa = ask("wharf.localhost.", Type.SOA);
        assertThat(soa.getSection(Section.ANSWER)).singleElement().isInstanceOf(SOARecord.class);
        Message ns = ask("wharf.localhost.", Type.NS);
        assertThat(ns.getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(((NSRecord) r).getTarget().toString()).isEqualTo("ns.wharf.localhost."));
        assertThat(ns.getSection(Section.ADDITIONAL).stream().map(Record::rdataToString)).contains("127.0.0.1");
        assertThat(ask("ns.wharf.localhost.", Type.A).getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(r.rdataToString()).isEqualTo("127.0.0.1"));
    }

    @Test
    void anUnknownNameInTheZoneIsNxdomainWithTheSoaInAuthority() {
        for (String name : List.of("nope.retail.wharf.localhost.", "shop.nope.wharf.localhost.", "x.wharf.localhost.",
                "i-9.shop.retail.wharf.localhost.", "_ftp._tcp.shop.retail.wharf.localhost.",
                "a.b.c.d.e.wharf.localhost.")) {
            Message answer = ask(name, Type.A);
            assertThat(answer.getRcode()).as(name).isEqualTo(Rcode.NXDOMAIN);
            assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(answer.getSection(Section.ANSWER)).isEmpty();
            assertThat(answer.getSection(Section.AUTHORITY)).singleElement().isInstanceOf(SOARecord.class);
        }
    }

    @Test
    void aKnownNameWithoutDataOfTheTypeIsNodataWithTheSoaInAuthority() {
        for (String name : List.of("shop.retail.wharf.localhost.", "retail.wharf.localhost.",
                "_tcp.shop.retail.wharf.localhost.", "wharf.localhost.")) {
            Message answer = ask(name, Type.MX);
            assertThat(answer.getRcode()).as(name).isEqualTo(Rcode.NOERROR);
            assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(answer.getSection(Section.ANSWER)).isEmpty();
            assertThat(answer.getSection(Section.AUTHORITY)).singleElement().isInstanceOf(SOARecord.class);
        }
    }

    @Test
    void noAaaaForTheAppIsNodataWhenTheGatewayHasNoIpv6() {
        Resolver v4only = new Resolver(new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", null), records);
        Message answer = v4only.resolve(query("shop.retail.wharf.localhost.", Type.AAAA));
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void aNameOutsideTheZoneIsRefusedWithoutTheAaFlag() {
        Message answer = ask("example.org.", Type.A);
        assertThat(answer.getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(answer.getHeader().getFlag(Flags.AA)).isFalse();
        assertThat(answer.getQuestion().getName().toString()).isEqualTo("example.org.");
    }

    @Test
    void recordsFollowSetAppAndRemoveAppAtOnce() {
        assertThat(ask("cart.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        records.setApp("retail", "cart", List.of(), List.of(new SrvTarget("a", "10.1.1.1", 80)));
        assertThat(ask("cart.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(ask("_http._tcp.cart.retail.wharf.localhost.", Type.SRV).getSection(Section.ANSWER)).hasSize(1);
        records.removeApp("retail", "shop");
        assertThat(ask("shop.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask("shop.example.com.", Type.A).getRcode()).isEqualTo(Rcode.REFUSED);
        records.removeApp("retail", "cart");
        assertThat(ask("retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void theSoaSerialGrowsWithEveryChange() {
        long before = ((SOARecord) ask("wharf.localhost.", Type.SOA).getSection(Section.ANSWER).get(0)).getSerial();
        records.setApp("retail", "cart", List.of(), List.of());
        long after = ((SOARecord) ask("wharf.localhost.", Type.SOA).getSection(Section.ANSWER).get(0)).getSerial();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void anEdnsQueryGetsAnOptRecordAndItsPayloadSizeIsHonoured() {
        Message query = query("shop.retail.wharf.localhost.", Type.A);
        query.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);
        assertThat(resolver.resolve(query).getOPT()).isNotNull();
        assertThat(Resolver.udpLimit(query)).isEqualTo(1232);
        assertThat(Resolver.udpLimit(query("a.", Type.A))).isEqualTo(512);
        Message tiny = query("a.", Type.A);
        tiny.addRecord(new OPTRecord(100, 0, 0), Section.ADDITIONAL);
        assertThat(Resolver.udpLimit(tiny)).isEqualTo(512);
    }

    @Test
    void anUnsupportedEdnsVersionIsBadvers() {
        Message query = query("shop.retail.wharf.localhost.", Type.A);
        query.addRecord(new OPTRecord(1232, 0, 1), Section.ADDITIONAL);
        Message answer = resolver.resolve(query);
        assertThat(answer.getRcode()).isEqualTo(Rcode.BADVERS);
        assertThat(answer.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void aNonQueryOpcodeIsNotimp() {
        Message query = query("shop.retail.wharf.localhost.", Type.A);
        query.getHeader().setOpcode(Opcode.UPDATE);
        assertThat(resolver.resolve(query).getRcode()).isEqualTo(Rcode.NOTIMP);
    }

    @Test
    void aQueryWithoutExactlyOneQuestionIsFormerr() {
        Message none = new Message();
        assertThat(resolver.resolve(none).getRcode()).isEqualTo(Rcode.FORMERR);
        Message two = query("shop.retail.wharf.localhost.", Type.A);
        two.addRecord(Record.newRecord(Name.fromConstantString("a.wharf.localhost."), Type.A, DClass.IN), Section.QUESTION);
        assertThat(resolver.resolve(two).getRcode()).isEqualTo(Rcode.FORMERR);
    }

    @Test
    void zoneTransfersAndOtherClassesAreRefused() {
        assertThat(ask("wharf.localhost.", Type.AXFR).getRcode()).isEqualTo(Rcode.REFUSED);
        Message chaos = Message.newQuery(Record.newRecord(Name.fromConstantString("wharf.localhost."), Type.A, DClass.CH));
        assertThat(resolver.resolve(chaos).getRcode()).isEqualTo(Rcode.REFUSED);
    }

    @Test
    void anyReturnsEveryRecordOfTheName() {
        assertThat(ask("shop.retail.wharf.localhost.", Type.ANY).getSection(Section.ANSWER)).hasSize(2);
    }

    @Test
    void theResponseKeepsTheQueryIdAndRecursionDesiredFlag() {
        Message query = query("shop.retail.wharf.localhost.", Type.A);
        Message answer = resolver.resolve(query);
        assertThat(answer.getHeader().getID()).isEqualTo(query.getHeader().getID());
        assertThat(answer.getHeader().getFlag(Flags.RD)).isTrue();
        assertThat(answer.getHeader().getFlag(Flags.RA)).isFalse();
    }

    @Test
    void theNameServerAddressIsTheGatewayWhenBoundToAllInterfaces() {
        Resolver wildcard = new Resolver(new DnsSettings("0.0.0.0", 0, "wharf.localhost", 5, "10.9.9.9", null), records);
        assertThat(wildcard.resolve(query("ns.wharf.localhost.", Type.A)).getSection(Section.ANSWER)).singleElement()
                .satisfies(r -> assertThat(r.rdataToString()).isEqualTo("10.9.9.9"));
    }
}
