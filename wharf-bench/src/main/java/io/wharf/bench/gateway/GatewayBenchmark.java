package io.wharf.bench.gateway;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.TempDir;
import io.wharf.bench.Tools;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.Gateway;
import io.wharf.gateway.GatewaySettings;
import io.wharf.gateway.Routes;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the gateway benchmark: two nginx backends, then per round Wharf's gateway (in this JVM) and
 * HAProxy in front of them, each loaded by the same wrk run after a warm-up.
 */
final class GatewayBenchmark {
    /**
     * Extra unmeasured load before the first round, the same for both sides: the in-process gateway's JIT
     * needs more than a short warm-up to compile its hot paths, and HAProxy, native, loses nothing by it.
     */
    static final int PRIMING_SECONDS = 15;

    private final GatewayBenchSettings settings;
    private final PrintWriter out;

    GatewayBenchmark(GatewayBenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String nginx = Tools.require("nginx");
        String haproxy = Tools.require("haproxy");
        String wrk = Tools.require("wrk");
        try (TempDir temp = TempDir.create("wharf-bench-gateway-", settings.keep())) {
            progress("temp dir " + temp.path() + (settings.keep() ? " (kept)" : ""));
            NginxBackend.Running first = NginxBackend.start(nginx, temp, "nginx1");
            try (Daemon d1 = first.daemon()) {
                NginxBackend.Running second = NginxBackend.start(nginx, temp, "nginx2");
                try (Daemon d2 = second.daemon()) {
                    List<Integer> backends = List.of(first.port(), second.port());
                    progress("backends: nginx on 127.0.0.1:" + backends.get(0) + " and 127.0.0.1:"
                            + backends.get(1) + " (1 worker each)");
                    progress("load: " + Wrk.command("wrk", settings, settings.durationSeconds(), 0).stream()
                            .map(a -> a.contains(" ") ? "'" + a + "'" : a).collect(Collectors.joining(" "))
                            .replace(":0/", ":PORT/") + " after a " + settings.warmupSeconds()
                            + " s warm-up (plus " + PRIMING_SECONDS + " s before round 1, on both sides); proxies with "
                            + settings.threads() + " thread(s); "
                            + Runtime.getRuntime().availableProcessors() + " CPUs shared by all processes");
                    long fileLimit = FileLimit.hard();
                    if (HaproxyPeer.globalMaxconn(fileLimit) < HaproxyPeer.MAXCONN) {
                        progress("note: haproxy global maxconn " + HaproxyPeer.globalMaxconn(fileLimit)
                                + " instead of " + HaproxyPeer.MAXCONN + ": the hard open-files limit is "
                                + fileLimit + " and HAProxy 2.6 will not start above it");
                    }
                    List<GatewayRound> rounds = new ArrayList<>();
                    for (int round = 1; round <= settings.rounds(); round++) {
                        WrkResult wharf = wharf(wrk, backends, round);
                        d1.requireAlive();
                        d2.requireAlive();
                        WrkResult peer = haproxy(haproxy, wrk, temp, backends, round);
                        rounds.add(new GatewayRound(wharf, peer));
                    }
                    out.println(GatewayReport.resultLine(rounds));
                    out.flush();
                }
            }
        }
    }

    private WrkResult wharf(String wrk, List<Integer> backends, int round) {
        Routes routes = new Routes();
        routes.setApp(GatewayBenchSettings.SYSTEM, GatewayBenchSettings.APP, List.of(), Balancing.ROUND_ROBIN,
                List.of(new Backend("nginx1", LocalPorts.LOOPBACK, backends.get(0)),
                        new Backend("nginx2", LocalPorts.LOOPBACK, backends.get(1))));
        GatewaySettings defaults = GatewaySettings.defaults();
        GatewaySettings gatewaySettings = new GatewaySettings(LocalPorts.LOOPBACK, 0, GatewayBenchSettings.DOMAIN,
                settings.threads(), defaults.maxHeaderBytes(), defaults.maxBodyBytes(), Duration.ofSeconds(60),
                Duration.ofSeconds(2), Duration.ofSeconds(30));
        try (Gateway gateway = Gateway.start(gatewaySettings, routes)) {
            return measure(wrk, "round " + round + " wharf gateway (in-process, " + settings.threads()
                    + " worker thread(s))", gateway.port(), round == 1);
        }
    }

    private WrkResult haproxy(String haproxy, String wrk, TempDir temp, List<Integer> backends, int round) {
        HaproxyPeer.Running peer = HaproxyPeer.start(haproxy, temp, settings.threads(), backends);
        try (Daemon daemon = peer.daemon()) {
            WrkResult result = measure(wrk, "round " + round + " haproxy (nbthread " + settings.threads() + ")",
                    peer.port(), round == 1);
            daemon.requireAlive();
            return result;
        }
    }

    private WrkResult measure(String wrk, String label, int port, boolean prime) {
        int warmup = settings.warmupSeconds() + (prime ? PRIMING_SECONDS : 0);
        if (warmup > 0) {
            progress(label + ": warming up " + warmup + " s");
            Wrk.run(wrk, settings, warmup, port);
        }
        WrkResult result = Wrk.run(wrk, settings, settings.durationSeconds(), port);
        progress(result.line(label));
        return result;
    }

    private void progress(String line) {
        out.println(line);
        out.flush();
    }
}
