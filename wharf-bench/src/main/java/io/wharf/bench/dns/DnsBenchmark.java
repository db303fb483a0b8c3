package io.wharf.bench.dns;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.Measured;
import io.wharf.bench.Pair;
import io.wharf.bench.ProcessCpu;
import io.wharf.bench.TempDir;
import io.wharf.bench.Tools;
import io.wharf.dns.DnsRecords;
import io.wharf.dns.DnsServer;
import io.wharf.dns.DnsSettings;
import io.wharf.dns.ResponseRateLimit;
import io.wharf.dns.SrvTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the dns benchmark: per round Wharf's DNS server (in this JVM) and knotd, each answering the
 * same names and loaded by the same dnsperf run after a warm-up, in alternating order (see {@link Pair}).
 */
final class DnsBenchmark {
    /** Extra unmeasured load in round 1, the same for both sides: the in-process server's JIT needs it, Knot loses nothing. */
    static final int PRIMING_SECONDS = 10;
    private final DnsBenchSettings settings;
    private final PrintWriter out;

    DnsBenchmark(DnsBenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String knotd = Tools.require("knotd");
        String dnsperf = Tools.require("dnsperf");
        try (TempDir temp = TempDir.create("wharf-bench-dns-", settings.keep())) {
            progress("temp dir " + temp.path() + (settings.keep() ? " (kept)" : ""));
            Path queries = temp.write("queries.txt", Dnsperf.queries(settings.names()));
            progress("names: " + settings.names() + " apps app0..app" + (settings.names() - 1) + " in system "
                    + DnsBenchSettings.SYSTEM + ", zone " + DnsBenchSettings.ZONE + "; queries: their A records");
            progress("load: " + String.join(" ", Dnsperf.command("dnsperf", settings, settings.durationSeconds(), 0,
                    Path.of("queries.txt"))).replace("-p 0 ", "-p PORT ") + " after a " + settings.warmupSeconds()
                    + " s warm-up (plus " + PRIMING_SECONDS + " s in round 1, on both sides); " + Runtime.getRuntime().availableProcessors() + " CPUs shared by all processes");
            progress("threads: " + settings.threads() + " for both: Wharf's DNS workers (event loops, one UDP socket"
                    + " each) and Knot's udp-workers/tcp-workers/background-workers");
            List<DnsRound> rounds = new ArrayList<>();
            for (int round = 1; round <= settings.rounds(); round++) {
                int r = round;
                Pair<Measured<DnsperfResult>> pair = Pair.measure(round, () -> wharf(dnsperf, queries, r),
                        () -> knot(knotd, dnsperf, temp, queries, r));
                rounds.add(new DnsRound(pair.wharf(), pair.peer()));
            }
            out.println(DnsReport.cpuLine(rounds));
            out.println(DnsReport.resultLine(rounds));
            out.flush();
        }
    }

    private Measured<DnsperfResult> wharf(String dnsperf, Path queries, int round) {
        DnsRecords records = new DnsRecords();
        for (int n = 0; n < settings.names(); n++) {
            records.setApp(DnsBenchSettings.SYSTEM, DnsBenchSettings.app(n), List.of(),
                    List.of(new SrvTarget("i" + n, LocalPorts.LOOPBACK, 8080)));
        }
        int port = LocalPorts.freeTcpAndUdp();
        DnsSettings dnsSettings = new DnsSettings(LocalPorts.LOOPBACK, port, DnsBenchSettings.ZONE, 5,
                LocalPorts.LOOPBACK, null, settings.threads())
                // dnsperf floods from one address; Knot runs without response-rate limiting too
                .withRateLimit(ResponseRateLimit.OFF);
        try (DnsServer server = DnsServer.start(dnsSettings, records)) {
            DnsProbe.await(null, server.port(), settings.names(), "Wharf's DNS server");
            return measure(dnsperf, queries, "round " + round + " wharf dns (in-process)", server.port(), round == 1,
                    ProcessHandle.current().pid());
        }
    }

    private Measured<DnsperfResult> knot(String knotd, String dnsperf, TempDir temp, Path queries, int round) {
        int port = LocalPorts.freeTcpAndUdp();
        try (Daemon daemon = KnotPeer.start(knotd, temp, settings, port)) {
            DnsProbe.await(daemon, port, settings.names(), "knotd");
            Measured<DnsperfResult> result = measure(dnsperf, queries, "round " + round + " knot (udp-workers "
                    + settings.threads() + ")", port, round == 1, daemon.pid());
            daemon.requireAlive();
            return result;
        }
    }

    /** A dnsperf run against {@code port}, and the CPU process {@code pid} (the server) used per answer in it. */
    private Measured<DnsperfResult> measure(String dnsperf, Path queries, String label, int port, boolean prime,
                                            long pid) {
        int warmup = settings.warmupSeconds() + (prime ? PRIMING_SECONDS : 0);
        if (warmup > 0) {
            progress(label + ": warming up " + warmup + " s");
            Dnsperf.run(dnsperf, settings, warmup, port, queries);
        }
        Measured<DnsperfResult> measured = ProcessCpu.during(pid,
                () -> Dnsperf.run(dnsperf, settings, settings.durationSeconds(), port, queries), DnsperfResult::completed);
        progress(measured.result().line(label, settings.outstanding()) + " cpu/query="
                + ProcessCpu.micros(measured.cpuMicros()));
        return measured;
    }

    private void progress(String line) {
        out.println(line);
        out.flush();
    }
}
