package io.wharf.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** Queries, valid and not, as wire bytes, shared by the handler tests. */
final class Packets {

    /** Random bytes can form a well-formed message with an unknown opcode, which gets NOTIMP. */
    static final List<Integer> MALFORMED_RCODES = List.of(Rcode.FORMERR, Rcode.NOTIMP);

    private Packets() {
    }

    static DnsRecords shop() {
        DnsRecords records = new DnsRecords();
        records.setApp("retail", "shop", List.of(), List.of(new SrvTarget("i-1", "10.0.0.1", 8080)));
        return records;
    }

    static Exchange exchange(DnsRecords records) {
        return new Exchange(new Resolver(new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", null),
                records));
    }

    static byte[] validQuery() {
        return ResolverTest.query("shop.retail.wharf.localhost.", Type.A).toWire();
    }

    /** Empty, 3 bytes, a header claiming 5 questions without a body, and 50 random packets. */
    static List<byte[]> malformed() {
        List<byte[]> packets = new ArrayList<>();
        packets.add(new byte[0]);
        packets.add(new byte[] {1, 2, 3});
        packets.add(new byte[] {0x12, 0x34, 0x01, 0x00, 0, 5, 0, 0, 0, 0, 0, 0});
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] packet = new byte[random.nextInt(200)];
            random.nextBytes(packet);
            packets.add(packet);
        }
        return packets;
    }
}
