package io.wharf.bench.gateway;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.Measured;
import io.wharf.bench.Pair;
import io.wharf.bench.ProcessCpu;
import io.wharf.bench.TempDir;
import io.wharf.bench.Tools;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.Gateway;
import io.wharf.gateway.GatewaySettings;
import io.wharf.gateway.Routes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Runs the gateway benchmark: per round Wharf's gateway (the full server's, or alone in this JVM) and
 * HAProxy in front of the same backends, each loaded by the same wrk run after a warm-up.
 */
final class GatewayBenchmark {
    /**
     * Extra unmeasured load before the first round, the same for both sides: the gateway's JIT needs more
     * than a short warm-up to compile its hot paths (the full server's, with all else it compiles, longer),
     * and HAProxy, native, loses nothing by it.
     */
    static final int PRIMING_SECONDS = 15;
    static final int SERVER_PRIMING_SECONDS = 30;
    /** Instances of the app behind the full server's gateway (and HAProxy). */
    static final int SERVER_INSTANCES = 3;

    private final GatewayBenchSettings settings;
    private final PrintWriter out;

    GatewayBenchmark(GatewayBenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String haproxy = Tools.require("haproxy");
        String wrk = Tools.require("wrk");
        try (TempDir temp = TempDir.create("wharf-bench-gateway-", settings.keep())) {
            progress("temp dir " + temp.path() + (settings.keep() ? " (kept)" : ""));
            if (settings.target() == GatewayBenchSettings.Target.SERVER) {
                againstServer(haproxy, wrk, temp);
            } else {
                inProcess(Tools.require("nginx"), haproxy, wrk, temp);
            }
        }
    }

    /** The full server's gateway and HAProxy in front of the same instances of the app, in Podman. */
    private void againstServer(String haproxy, String wrk, TempDir temp) {
        progress("starting the full server (./wharf up, defaults" + (settings.threads() > 0 ? ", "
                + settings.threads() + " gateway threads" : "") + ") with " + SERVER_INSTANCES + " instances of "
                + ServerGateway.IMAGE);
        try (ServerGateway server = ServerGateway.start(Path.of("").toAbsolutePath(), temp, settings.threads(),
                SERVER_INSTANCES)) {
            List<Integer> backends = server.backends();
            describeLoad("backends: the app's instances on 127.0.0.1:" + backends);
            runRounds(haproxy, wrk, temp, backends,
                    round -> measure(wrk, "round " + round + " wharf server's gateway", server.port(), round == 1,
                            server.pid()));
        }
    }

    /** The gateway alone in this JVM and HAProxy in front of two nginx processes. */
    private void inProcess(String nginx, String haproxy, String wrk, TempDir temp) {
        NginxBackend.Running first = NginxBackend.start(nginx, temp, "nginx1");
        try (Daemon d1 = first.daemon()) {
            NginxBackend.Running second = NginxBackend.start(nginx, temp, "nginx2");
            try (Daemon d2 = second.daemon()) {
                List<Integer> backends = List.of(first.port(), second.port());
                describeLoad("backends: nginx on 127.0.0.1:" + backends + " (1 worker each)");
                runRounds(haproxy, wrk, temp, backends, round -> {
                    Measured<WrkResult> wharf = wharf(wrk, backends, round);
                    d1.requireAlive();
                    d2.requireAlive();
                    return wharf;
                });
            }
        }
    }

    private void describeLoad(String backends) {
        progress(backends);
        progress("load: " + Wrk.command("wrk", settings, settings.durationSeconds(), 0).stream()
                .map(a -> a.contains(" ") ? "'" + a + "'" : a).collect(Collectors.joining(" "))
                .replace(":0/", ":PORT/") + " after a " + settings.warmupSeconds()
                + " s warm-up (plus " + priming() + " s before round 1, on both sides); HAProxy with "
                + settings.proxyThreads() + " thread(s), Wharf's gateway with "
                + (settings.threads() > 0 ? settings.threads() : "its default number of") + " event loop(s); "
                + Runtime.getRuntime().availableProcessors() + " CPUs shared by all processes");
        long fileLimit = FileLimit.hard();
        if (HaproxyPeer.globalMaxconn(fileLimit) < HaproxyPeer.MAXCONN) {
            progress("note: haproxy global maxconn " + HaproxyPeer.globalMaxconn(fileLimit)
                    + " instead of " + HaproxyPeer.MAXCONN + ": the hard open-files limit is "
                    + fileLimit + " and HAProxy 2.6 will not start above it");
        }
    }

    private int priming() {
        return settings.target() == GatewayBenchSettings.Target.SERVER ? SERVER_PRIMING_SECONDS : PRIMING_SECONDS;
    }

    /** Each round Wharf's side and HAProxy in front of {@code backends}, in alternating order; then the result line. */
    private void runRounds(String haproxy, String wrk, TempDir temp, List<Integer> backends,
                           IntFunction<Measured<WrkResult>> wharfRound) {
        List<GatewayRound> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            int r = round;
            Pair<Measured<WrkResult>> pair = Pair.measure(round, () -> wharfRound.apply(r),
                    () -> haproxy(haproxy, wrk, temp, backends, r));
            rounds.add(new GatewayRound(pair.wharf(), pair.peer()));
        }
        out.println(GatewayReport.cpuLine(rounds));
        out.println(GatewayReport.resultLine(rounds));
        out.flush();
    }

    private Measured<WrkResult> wharf(String wrk, List<Integer> backends, int round) {
        Routes routes = new Routes();
        routes.setApp(GatewayBenchSettings.SYSTEM, GatewayBenchSettings.APP, List.of(), Balancing.ROUND_ROBIN,
                List.of(new Backend("nginx1", LocalPorts.LOOPBACK, backends.get(0)),
                        new Backend("nginx2", LocalPorts.LOOPBACK, backends.get(1))));
        GatewaySettings defaults = GatewaySettings.defaults();
        GatewaySettings gatewaySettings = new GatewaySettings(LocalPorts.LOOPBACK, 0, GatewayBenchSettings.DOMAIN,
                settings.threads(), defaults.maxHeaderBytes(), defaults.maxBodyBytes(), Duration.ofSeconds(60),
                Duration.ofSeconds(2), Duration.ofSeconds(30));
        try (Gateway gateway = Gateway.start(gatewaySettings, routes)) {
            return measure(wrk, "round " + round + " wharf gateway (in-process, " + gateway.eventLoops()
                    + " event loop(s))", gateway.port(), round == 1, ProcessHandle.current().pid());
        }
    }

    private Measured<WrkResult> haproxy(String haproxy, String wrk, TempDir temp, List<Integer> backends, int round) {
        HaproxyPeer.Running peer = HaproxyPeer.start(haproxy, temp, settings.proxyThreads(), backends);
        try (Daemon daemon = peer.daemon()) {
            Measured<WrkResult> result = measure(wrk, "round " + round + " haproxy (nbthread "
                    + settings.proxyThreads() + ")", peer.port(), round == 1, daemon.pid());
            daemon.requireAlive();
            return result;
        }
    }

    /** A wrk run against {@code port}, and the CPU process {@code pid} (the proxy) used per request in it. */
    private Measured<WrkResult> measure(String wrk, String label, int port, boolean prime, long pid) {
        int warmup = settings.warmupSeconds() + (prime ? priming() : 0);
        if (warmup > 0) {
            progress(label + ": warming up " + warmup + " s");
            Wrk.run(wrk, settings, warmup, port);
        }
        Measured<WrkResult> measured = ProcessCpu.during(pid, () -> Wrk.run(wrk, settings, settings.durationSeconds(), port),
                result -> result.requestsPerSecond() * settings.durationSeconds());
        progress(measured.result().line(label) + " cpu/req=" + ProcessCpu.micros(measured.cpuMicros()));
        return measured;
    }

    private void progress(String line) {
        out.println(line);
        out.flush();
    }
}
