package io.wharf.bench.colocation;

import io.wharf.bench.LocalPorts;
import io.wharf.bench.Poll;
import io.wharf.bench.TempDir;
import io.wharf.bench.Tools;
import io.wharf.bench.gateway.Wrk;
import io.wharf.bench.gateway.WrkResult;
import io.wharf.bench.scale.Podman;
import io.wharf.bench.scale.WharfApi;
import io.wharf.bench.scale.WharfServerProcess;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The three phases on one server: the online app alone, beside CPU hogs of the offline class, beside the
 * same hogs as an online app (equal weight, no cap either). Everything is deleted afterwards.
 */
final class ColocationBenchmark {
    private static final String SYSTEM = "coloc";
    private static final String APPS = "/api/v1/systems/" + SYSTEM + "/apps";
    private static final String HOST = "web." + SYSTEM + ".wharf.localhost";
    private static final String HOG = "[\"sh\", \"-c\", \"while :; do :; done\"]";
    private static final Duration READY = Duration.ofSeconds(120);
    private final int seconds;
    private final int connections;
    private final int pauseMillis;
    private final int hogs;
    private final boolean keep;
    private final PrintWriter out;

    ColocationBenchmark(int seconds, int connections, int pauseMillis, int hogs, boolean keep, PrintWriter out) {
        this.seconds = seconds;
        this.connections = connections;
        this.pauseMillis = pauseMillis;
        this.hogs = hogs;
        this.keep = keep;
        this.out = out;
    }

    void run() {
        String wrk = Tools.require("wrk");
        try (TempDir temp = TempDir.create("wharf-bench-colocation-", keep)) {
            Path script = temp.write("pace.lua", "function delay()\n  return " + pauseMillis + "\nend\n");
            int gateway = LocalPorts.freeTcp();
            Path root = Path.of("").toAbsolutePath();
            try (WharfServerProcess server = WharfServerProcess.up(WharfServerProcess.launcher(root), temp.dir("home"),
                    List.of("--gateway-port", String.valueOf(gateway), "--dns-port", String.valueOf(LocalPorts.freeTcpAndUdp())))) {
                WharfApi api = server.api();
                try {
                    PhaseResult[] phases = phases(api, wrk, script, gateway);
                    out.println(PhaseResult.lastLine(phases[0], phases[1], phases[2]));
                } finally {
                    api.delete("/api/v1/systems/" + SYSTEM + "?cascade=true");
                    Poll.until(() -> containers().isEmpty(), Duration.ofSeconds(60), Duration.ofMillis(250),
                            () -> "the benchmark's containers to go: " + containers());
                }
            }
        }
    }

    private PhaseResult[] phases(WharfApi api, String wrk, Path script, int gateway) {
        api.post("/api/v1/systems", "{\"name\": \"" + SYSTEM + "\"}");
        api.post(APPS, """
                {"name": "web", "type": "online", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 2,
                 "resources": {"cpu": "500m"}, "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""");
        awaitRunning(api, "web", 2);
        out.println("colocation: the online app web (2 x 500m CPU) under " + connections + " wrk connections pausing "
                + pauseMillis + " ms between requests, " + seconds + " s per phase; " + hogs + " hog instances");
        measure(wrk, script, gateway, Math.min(seconds, 10)); // a warm-up, not counted
        PhaseResult alone = phase(wrk, script, gateway, "alone");
        api.post(APPS, hog("hog", "offline", "\"resources\": {\"cpu\": \"" + (1000 / Math.max(1, hogs)) + "m\"},"));
        awaitRunning(api, "hog", hogs);
        PhaseResult classes = phase(wrk, script, gateway, "classes");
        api.delete(APPS + "/hog");
        Poll.until(() -> containersOf("hog").isEmpty(), READY, Duration.ofMillis(250), () -> "the offline hogs to go");
        api.post(APPS, hog("equal", "online", ""));
        awaitRunning(api, "equal", hogs);
        PhaseResult equal = phase(wrk, script, gateway, "equal");
        return new PhaseResult[] {alone, classes, equal};
    }

    private String hog(String name, String type, String resources) {
        return """
                {"name": "%s", "type": "%s", "image": "localhost/wharf/hello:1", "replicas": %d, %s
                 "command": %s, "stopGraceSeconds": 1}""".formatted(name, type, hogs, resources, HOG);
    }

    private PhaseResult phase(String wrk, Path script, int gateway, String name) {
        Poll.sleep(Duration.ofSeconds(3)); // the hogs reach full speed, the last phase's connections are gone
        CpuTimes before = CpuTimes.now();
        WrkResult load = measure(wrk, script, gateway, seconds);
        PhaseResult result = new PhaseResult(name, load, CpuTimes.now().utilisationSince(before));
        out.println(result.line());
        out.flush();
        return result;
    }

    private WrkResult measure(String wrk, Path script, int gateway, int duration) {
        return Wrk.run(List.of(wrk, "-t2", "-c" + connections, "-d" + duration + "s", "--latency", "-s",
                script.toString(), "-H", "Host: " + HOST, "http://" + LocalPorts.LOOPBACK + ":" + gateway + "/"), duration);
    }

    private void awaitRunning(WharfApi api, String app, int instances) {
        Poll.until(() -> api.get(APPS + "/" + app + "/instances").findValues("ready").stream()
                        .filter(r -> r.asBoolean()).count() == instances,
                READY, Duration.ofMillis(250), () -> instances + " ready instances of " + app + "; its status is "
                        + api.get(APPS + "/" + app).get("status"));
    }

    private List<String> containers() {
        return Podman.containersWithLabels(List.of("wharf.io/system=" + SYSTEM));
    }

    private List<String> containersOf(String app) {
        return Podman.containersWithLabels(List.of("wharf.io/system=" + SYSTEM, "wharf.io/app=" + app));
    }
}
