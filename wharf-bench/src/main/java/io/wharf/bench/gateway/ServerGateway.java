package io.wharf.bench.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.bench.BenchException;
import io.wharf.bench.Command;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.Poll;
import io.wharf.bench.TempDir;
import io.wharf.bench.scale.Podman;
import io.wharf.bench.scale.WharfApi;
import io.wharf.bench.scale.WharfServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The full server as users run it ({@code ./wharf up}, defaults) with the app {@code hello.bench}: instances
 * of the keep-alive nginx image in Podman containers, routed by the server's own gateway.
 */
final class ServerGateway implements AutoCloseable {
    static final String IMAGE = "localhost/wharf/nginx-keepalive:1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String APP_PATH = "/api/v1/systems/" + GatewayBenchSettings.SYSTEM + "/apps/"
            + GatewayBenchSettings.APP;
    private final WharfServerProcess server;
    private final WharfApi api;
    private final int port;

    private ServerGateway(WharfServerProcess server, int port) {
        this.server = server;
        this.api = server.api();
        this.port = port;
    }

    /** Starts {@code <root>/wharf up} on a home in {@code temp}, deploys {@code instances} and waits for them. */
    static ServerGateway start(Path root, TempDir temp, int threads, int instances) {
        requireImage(root);
        int gatewayPort = LocalPorts.freeTcp();
        List<String> args = new ArrayList<>(List.of("--gateway-port", String.valueOf(gatewayPort),
                "--dns-port", String.valueOf(LocalPorts.freeTcpAndUdp())));
        if (threads > 0) {
            args.add("--wharf.gateway.worker-threads=" + threads);
        }
        ServerGateway side = new ServerGateway(WharfServerProcess.up(WharfServerProcess.launcher(root), temp.dir("home"), args),
                gatewayPort);
        try {
            side.deploy(instances);
            return side;
        } catch (RuntimeException e) {
            side.close();
            throw e;
        }
    }

    private static void requireImage(Path root) {
        if (!Podman.imageExists(IMAGE)) {
            Command.run(List.of(root.resolve("images/build-nginx.sh").toString(), IMAGE));
        }
    }

    private void deploy(int instances) {
        api.post("/api/v1/systems", "{\"name\": \"" + GatewayBenchSettings.SYSTEM + "\"}");
        api.post("/api/v1/systems/" + GatewayBenchSettings.SYSTEM + "/apps", """
                {"name": "%s", "image": "%s", "port": 8080, "replicas": %d,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}"""
                .formatted(GatewayBenchSettings.APP, IMAGE, instances));
        Poll.until(() -> backends().size() == instances && LocalPorts.accepts(port), READY_TIMEOUT,
                Duration.ofMillis(200), () -> instances + " ready instances; the app's status is "
                        + api.get(APP_PATH).get("status"));
    }

    int port() {
        return port;
    }

    /** The ready instances' published ports on 127.0.0.1, which HAProxy is given too. */
    List<Integer> backends() {
        List<Integer> ports = new ArrayList<>();
        for (JsonNode instance : api.get(APP_PATH + "/instances")) {
            String address = instance.path("address").asText("");
            if (instance.path("ready").asBoolean() && address.startsWith(LocalPorts.LOOPBACK + ":")) {
                ports.add(Integer.parseInt(address.substring(address.indexOf(':') + 1)));
            }
        }
        return ports;
    }

    /** The server's process, which runs the gateway. */
    long pid() {
        return server.pid();
    }

    /** Deletes the system with its app, waits until its containers are gone, and stops the server. */
    @Override
    public void close() {
        try {
            api.delete("/api/v1/systems/" + GatewayBenchSettings.SYSTEM + "?cascade=true");
            Poll.until(() -> containers().isEmpty(), Duration.ofSeconds(60), Duration.ofMillis(200),
                    () -> "the containers of the deleted system to be removed: " + containers());
        } finally {
            server.close();
            Podman.removeForce(containers());
        }
    }

    private List<String> containers() {
        List<String> labels = new ArrayList<>(List.of("wharf.io/system=" + GatewayBenchSettings.SYSTEM));
        server.installation().ifPresent(id -> labels.add("wharf.io/installation=" + id));
        return Podman.containersWithLabels(labels);
    }
}
