package io.wharf.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Type;

/** Maps names in the zone (and custom domains) to records, from one snapshot. */
final class Zone {

    private final Name apex;
    private final Name nameServer;
    private final Name hostmaster;
    private final long ttl;
    private final List<InetAddress> gateway;
    private final List<InetAddress> nameServerAddresses;

    Zone(DnsSettings settings) {
        apex = Name.fromConstantString(settings.zone() + ".");
        nameServer = Name.fromConstantString("ns." + settings.zone() + ".");
        hostmaster = Name.fromConstantString("hostmaster." + settings.zone() + ".");
        ttl = settings.ttlSeconds();
        gateway = new ArrayList<>(List.of(Names.anyIp(settings.gatewayIpv4(), "gatewayIpv4")));
        if (settings.gatewayIpv6() != null) {
            gateway.add(Names.anyIp(settings.gatewayIpv6(), "gatewayIpv6"));
        }
        nameServerAddresses = nameServerAddresses(Names.anyIp(settings.bindAddress(), "bindAddress"), gateway);
    }

    Answer lookup(Snapshot snapshot, Name qname, int qtype) {
        boolean custom = snapshot.appForDomain(qname.toString(true).toLowerCase(Locale.ROOT)) != null;
        if (!custom && !qname.subdomain(apex)) {
            return Answer.refused();
        }
        List<Record> node = custom ? addresses(qname, gateway) : node(snapshot, qname);
        List<Record> negative = custom ? List.of() : List.of(soa(snapshot));
        if (node == null) {
            return new Answer(Rcode.NXDOMAIN, true, List.of(), negative, List.of());
        }
        List<Record> answers = node.stream().filter(r -> qtype == Type.ANY || r.getType() == qtype).toList();
        if (answers.isEmpty()) {
            return new Answer(Rcode.NOERROR, true, List.of(), negative, List.of());
        }
        return new Answer(Rcode.NOERROR, true, answers, List.of(), additional(snapshot, answers));
    }

    /** The records owned by a name in the zone; empty if it exists without data, null if not at all. */
    private List<Record> node(Snapshot snapshot, Name owner) {
        int depth = owner.labels() - apex.labels();
        List<String> labels = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            labels.add(owner.getLabelString(i).toLowerCase(Locale.ROOT));
        }
        if (depth == 0) {
            return List.of(soa(snapshot), new NSRecord(owner, DClass.IN, ttl, nameServer));
        }
        if (depth == 1 && labels.get(0).equals("ns")) {
            return addresses(owner, nameServerAddresses);
        }
        if (depth == 1) {
            return snapshot.hasSystem(labels.get(0)) ? List.of() : null;
        }
        Snapshot.App app = snapshot.app(labels.get(depth - 1), labels.get(depth - 2));
        if (app == null || depth > 4) {
            return null;
        }
        return switch (depth) {
            case 2 -> addresses(owner, gateway);
            case 3 -> labels.get(0).equals("_tcp") ? List.of() : instance(app, owner, labels.get(0));
            default -> labels.get(0).equals("_http") && labels.get(1).equals("_tcp") ? srv(app, owner) : null;
        };
    }

    private List<Record> instance(Snapshot.App app, Name owner, String instanceId) {
        return app.instances().stream()
                .filter(i -> i.instanceId().equals(instanceId))
                .findFirst()
                .map(i -> addresses(owner, List.of(Names.anyIp(i.host(), "host"))))
                .orElse(null);
    }

    private List<Record> srv(Snapshot.App app, Name owner) {
        List<Record> records = new ArrayList<>();
        for (SrvTarget target : app.instances()) {
            Name host = Name.fromConstantString(
                    target.instanceId() + "." + app.app() + "." + app.system() + "." + apex);
            records.add(new SRVRecord(owner, DClass.IN, ttl, 0, 1, target.port(), host));
        }
        return records;
    }

    private List<Record> additional(Snapshot snapshot, List<Record> answers) {
        List<Record> additional = new ArrayList<>();
        for (Record answer : answers) {
            Name target = answer instanceof SRVRecord srv ? srv.getTarget()
                    : answer instanceof NSRecord ns ? ns.getTarget() : null;
            List<Record> glue = target == null ? null : node(snapshot, target);
            if (glue != null) {
                additional.addAll(glue);
            }
        }
        return additional;
    }

    private SOARecord soa(Snapshot snapshot) {
        return new SOARecord(apex, DClass.IN, ttl, nameServer, hostmaster,
                snapshot.serial() & 0xFFFFFFFFL, 3600, 600, 86400, ttl);
    }

    private List<Record> addresses(Name owner, List<InetAddress> ips) {
        return ips.stream().<Record>map(ip -> ip instanceof Inet4Address
                ? new ARecord(owner, DClass.IN, ttl, ip)
                : new AAAARecord(owner, DClass.IN, ttl, ip)).toList();
    }

    private static List<InetAddress> nameServerAddresses(InetAddress bind, List<InetAddress> gateway) {
        if (bind.isAnyLocalAddress()) {
            return gateway;
        }
        List<InetAddress> addresses = new ArrayList<>(List.of(bind));
        gateway.stream().filter(ip -> ip.getClass() != bind.getClass()).forEach(addresses::add);
        return addresses;
    }
}
