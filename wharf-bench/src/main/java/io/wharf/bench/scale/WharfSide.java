package io.wharf.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.bench.BenchException;
import io.wharf.bench.Poll;
import io.wharf.bench.Stopwatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Wharf's side: a server of its own, system {@code bench} with app {@code scale}, scaled up and down. */
final class WharfSide implements AutoCloseable {
    static final String SYSTEM = "bench";
    static final String APP = "scale";
    private static final String APP_PATH = "/api/v1/systems/" + SYSTEM + "/apps/" + APP;
    /** How often the benchmark reads the app's status while it waits for the instances. */
    private static final Duration STATUS_POLL = Duration.ofMillis(25);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final WharfServerProcess server;
    private final WharfApi api;
    private final int instances;

    private WharfSide(WharfServerProcess server, int instances) {
        this.server = server;
        this.api = server.api();
        this.instances = instances;
    }

    static WharfSide start(Path serverJar, Path home, ScaleSettings settings) {
        WharfSide side = new WharfSide(WharfServerProcess.start(serverJar, home, settings.parallelism()),
                settings.instances());
        try {
            side.api.post("/api/v1/systems", "{\"name\": \"" + SYSTEM + "\"}");
            side.api.post("/api/v1/systems/" + SYSTEM + "/apps", """
                    {"name": "%s", "image": "%s", "port": 8080, "replicas": 0,
                     "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}"""
                    .formatted(APP, settings.image()));
            side.awaitScaledToZero();
        } catch (RuntimeException e) {
            side.close();
            throw e;
        }
        return side;
    }

    /** Scales the app from 0 to N and returns the seconds until its status says N ready. */
    double scaleUp() {
        Stopwatch watch = Stopwatch.start();
        api.put(APP_PATH + "/replicas", "{\"replicas\": " + instances + "}");
        Poll.until(() -> readyReplicas() >= instances, TIMEOUT, STATUS_POLL,
                () -> instances + " ready instances; the app's status is " + api.get(APP_PATH).get("status"));
        return watch.seconds();
    }

    private int readyReplicas() {
        JsonNode status = api.get(APP_PATH).get("status");
        if ("Degraded".equals(status.path("phase").asText())) {
            throw new BenchException("the app is Degraded: " + status.path("message").asText());
        }
        return status.path("readyReplicas").asInt();
    }

    /** Scales the app to 0 and waits until Wharf and Podman both have none of its instances left. */
    void scaleDown() {
        api.put(APP_PATH + "/replicas", "{\"replicas\": 0}");
        awaitScaledToZero();
    }

    /** No instance in Wharf's view nor in Podman's, and the stored status says so (no stale 20/20). */
    private void awaitScaledToZero() {
        Poll.until(() -> api.get(APP_PATH + "/instances").isEmpty() && containers().isEmpty()
                        && "Available".equals(api.get(APP_PATH).get("status").path("phase").asText())
                        && api.get(APP_PATH).get("status").path("replicas").asInt() == 0,
                TIMEOUT, Duration.ofMillis(100), () -> "the app to be scaled to zero; its status is "
                        + api.get(APP_PATH).get("status") + ", containers " + containers());
    }

    private List<String> containers() {
        List<String> labels = new ArrayList<>(List.of("wharf.io/app=" + APP, "wharf.io/system=" + SYSTEM));
        server.installation().ifPresent(id -> labels.add("wharf.io/installation=" + id));
        return Podman.containersWithLabels(labels);
    }

    /**
     * Deletes the system with its app, waits until its containers are gone, and stops the server;
     * removes by force whatever of the app it left behind.
     */
    @Override
    public void close() {
        try {
            api.delete("/api/v1/systems/" + SYSTEM + "?cascade=true");
            Poll.until(() -> containers().isEmpty(), Duration.ofSeconds(60), Duration.ofMillis(100),
                    () -> "the containers of the deleted system to be removed: " + containers());
        } finally {
            server.close();
            Podman.removeForce(containers());
        }
    }

    /** On an interrupted run: stops the server and removes the app's containers by force, at once. */
    void abort() {
        server.close();
        Podman.removeForce(containers());
    }
}
