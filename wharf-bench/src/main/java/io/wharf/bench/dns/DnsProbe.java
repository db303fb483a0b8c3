package io.wharf.bench.dns;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.Poll;
import java.io.IOException;
import java.time.Duration;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Asks a server on 127.0.0.1 for an A record over UDP, to know it is up and answers what dnsperf asks. */
final class DnsProbe {
    private DnsProbe() {
    }

    /** True when {@code name} A gets NOERROR with at least one answer. */
    static boolean answers(int port, String name) {
        try {
            SimpleResolver resolver = new SimpleResolver(LocalPorts.LOOPBACK);
            resolver.setPort(port);
            resolver.setTimeout(Duration.ofMillis(500));
            Message response = resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name + "."), Type.A,
                    org.xbill.DNS.DClass.IN)));
            return response.getRcode() == Rcode.NOERROR && !response.getSection(Section.ANSWER).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the server answers the first and the last name; fails early if {@code daemon} exits. */
    static void await(Daemon daemon, int port, int names, String what) {
        Poll.until(() -> {
            if (daemon != null) {
                daemon.requireAlive();
            }
            return answers(port, DnsBenchSettings.name(0)) && answers(port, DnsBenchSettings.name(names - 1));
        }, Duration.ofSeconds(20), Duration.ofMillis(100), () -> what + " to answer on " + LocalPorts.LOOPBACK + ":"
                + port + (daemon == null ? "" : "; its log says: " + daemon.logTail()));
    }
}
