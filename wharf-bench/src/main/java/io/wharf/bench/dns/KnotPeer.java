package io.wharf.bench.dns;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.TempDir;
import java.nio.file.Path;
import java.util.List;

/** The peer server: knotd with its own config, state in a temp dir, and a zone file with the same names. */
final class KnotPeer {
    private KnotPeer() {
    }

    /** knot.conf: listen on 127.0.0.1@port, {@code threads} UDP/TCP/background workers, state in {@code dir}. */
    static String config(Path dir, int port, int threads) {
        return "server:\n"
                + "    rundir: \"" + dir + "\"\n"
                + "    pidfile: \"" + dir.resolve("knot.pid") + "\"\n"
                + "    listen: " + LocalPorts.LOOPBACK + "@" + port + "\n"
                + "    udp-workers: " + threads + "\n"
                + "    tcp-workers: " + threads + "\n"
                + "    background-workers: " + threads + "\n"
                + "\n"
                + "control:\n"
                + "    listen: \"" + dir.resolve("knot.sock") + "\"\n"
                + "\n"
                + "database:\n"
                + "    storage: \"" + dir.resolve("db") + "\"\n"
                + "\n"
                + "log:\n"
                + "  - target: stderr\n"
                + "    any: warning\n"
                + "\n"
                + "template:\n"
                + "  - id: default\n"
                + "    storage: \"" + dir + "\"\n"
                + "    zonefile-sync: -1\n"
                + "    journal-content: none\n"
                + "\n"
                + "zone:\n"
                + "  - domain: " + DnsBenchSettings.ZONE + "\n"
                + "    file: " + DnsBenchSettings.ZONE + ".zone\n";
    }

    /** The zone: SOA, NS, and an A record to 127.0.0.1 for every app name, TTL 5 s as Wharf's default. */
    static String zone(int names) {
        String zone = DnsBenchSettings.ZONE + ".";
        StringBuilder file = new StringBuilder()
                .append("$ORIGIN ").append(zone).append('\n')
                .append("$TTL 5\n")
                .append("@ IN SOA ns.").append(zone).append(" hostmaster.").append(zone)
                .append(" 1 3600 600 86400 5\n")
                .append("@ IN NS ns.").append(zone).append('\n')
                .append("ns IN A 127.0.0.1\n");
        for (int n = 0; n < names; n++) {
            file.append(DnsBenchSettings.app(n)).append('.').append(DnsBenchSettings.SYSTEM)
                    .append(" IN A 127.0.0.1\n");
        }
        return file.toString();
    }

    /** Starts knotd in the foreground on {@code port} (free for UDP and TCP); does not wait for answers. */
    static Daemon start(String knotd, TempDir temp, DnsBenchSettings settings, int port) {
        Path dir = temp.dir("knot");
        temp.dir("knot/db");
        temp.write("knot/" + DnsBenchSettings.ZONE + ".zone", zone(settings.names()));
        Path conf = temp.write("knot/knot.conf", config(dir, port, settings.threads()));
        return Daemon.start("knotd", List.of(knotd, "-c", conf.toString()), dir.resolve("knotd.log"));
    }
}
