package io.wharf.bench.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.bench.BenchException;
import io.wharf.bench.Poll;
import io.wharf.bench.Stats;
import io.wharf.bench.Stopwatch;
import io.wharf.bench.scale.Podman;
import io.wharf.bench.scale.WharfApi;
import io.wharf.bench.scale.WharfServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Wharf's side: a server of its own with its registry, system {@code bench} with app {@code build}
 * whose source is the bench's git repository with autoDeploy, as a user who pushes to deploy has it.
 */
final class WharfBuildSide implements AutoCloseable {
    static final String SYSTEM = "bench";
    static final String APP = "build";
    private static final String APP_PATH = "/api/v1/systems/" + SYSTEM + "/apps/" + APP;
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private final WharfServerProcess server;
    private final WharfApi api;
    private String lastBreakdown = "";

    private WharfBuildSide(WharfServerProcess server) {
        this.server = server;
        this.api = server.api();
    }

    /**
     * Starts the server with its registry on {@code registry}, allowing the file:// URL of the bench's own
     * repository, and makes the app, built from {@code gitUrl}.
     */
    static WharfBuildSide start(Path serverJar, Path home, String registry, String image, String gitUrl) {
        WharfBuildSide side = new WharfBuildSide(WharfServerProcess.start(serverJar, home, List.of(),
                Map.of("WHARF_REGISTRY_ADDRESS", registry, "WHARF_BUILDS_ALLOW_FILE_URLS", "true")));
        try {
            side.api.post("/api/v1/systems", "{\"name\": \"" + SYSTEM + "\"}");
            side.api.post("/api/v1/systems/" + SYSTEM + "/apps", """
                    {"name": "%s", "image": "%s", "port": 8080, "replicas": 1,
                     "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}"""
                    .formatted(APP, image));
            side.api.put(APP_PATH + "/source", """
                    {"url": "%s", "ref": "%s", "autoDeploy": true}""".formatted(gitUrl, GitRepo.BRANCH));
        } catch (RuntimeException e) {
            side.close();
            throw e;
        }
        return side;
    }

    /**
     * Builds the source's newest commit and returns the seconds until the app is {@code Available} on
     * the new revision and its instance serves {@code appLine}.
     */
    double rebuild(String appLine) {
        long before = api.get(APP_PATH).path("revision").asLong();
        Stopwatch watch = Stopwatch.start();
        String build = api.send("POST", APP_PATH + "/builds", "{}", 202).path("id").asText();
        // as `wharf build` does: follow the build's log to its end, then watch the rollout
        api.follow(APP_PATH + "/builds/" + build + "/logs?follow=true", TIMEOUT);
        requireNotFailed(build);
        double[] released = {Double.NaN};
        Poll.until(() -> deployed(before, build, appLine, watch, released), TIMEOUT, POLL,
                () -> "build " + build + " to run as a new revision; the app is " + api.get(APP_PATH).get("status"));
        double seconds = watch.seconds();
        JsonNode built = api.get(APP_PATH + "/builds/" + build);
        lastBreakdown = breakdown(built, released[0], seconds) + "\n    events: " + events(built);
        return seconds;
    }

    /** Where the last rebuild's time went, for a progress line. */
    String lastBreakdown() {
        return lastBreakdown;
    }

    private static String breakdown(JsonNode build, double released, double total) {
        return "wharf: queued " + between(build, "createdAt", "startedAt") + "s, build ran "
                + between(build, "startedAt", "finishedAt") + "s, new revision seen at " + Stats.twoDecimals(released)
                + "s, Available and serving at " + Stats.twoDecimals(total) + "s";
    }

    /** The app's events since the build started, each at its second from the build's creation. */
    private String events(JsonNode build) {
        Instant created = Instant.parse(build.path("createdAt").asText());
        List<String> lines = new ArrayList<>();
        for (JsonNode event : api.get(APP_PATH + "/events?limit=30")) {
            Instant time = Instant.parse(event.path("time").asText());
            if (!time.isBefore(created)) {
                lines.add(0, Stats.twoDecimals(Duration.between(created, time).toNanos() / 1e9) + "s "
                        + event.path("reason").asText());
            }
        }
        return String.join(", ", lines);
    }

    private static String between(JsonNode build, String from, String to) {
        try {
            return Stats.twoDecimals(Duration.between(Instant.parse(build.path(from).asText()),
                    Instant.parse(build.path(to).asText())).toNanos() / 1e9);
        } catch (DateTimeParseException e) {
            return "?";
        }
    }

    private boolean deployed(long before, String build, String appLine, Stopwatch watch, double[] released) {
        JsonNode app = api.get(APP_PATH);
        if (app.path("revision").asLong() <= before) {
            requireNotFailed(build);
            return false;
        }
        if (Double.isNaN(released[0])) {
            released[0] = watch.seconds();
        }
        if (!"Available".equals(app.path("status").path("phase").asText())) {
            return false;
        }
        // an instance of the old revision that is being stopped no longer gets traffic: the peer never stops its old one
        List<JsonNode> instances = StreamSupport.stream(api.get(APP_PATH + "/instances").spliterator(), false)
                .filter(i -> !"terminating".equals(i.path("state").asText())).toList();
        return !instances.isEmpty() && instances.stream().allMatch(i -> i.path("ready").asBoolean()
                && i.path("revision").asLong() == app.path("revision").asLong()
                && HttpText.serves(i.path("address").asText(), SampleSource.SERVED_PATH, appLine));
    }

    private void requireNotFailed(String build) {
        JsonNode state = api.get(APP_PATH + "/builds/" + build);
        if (List.of("Failed", "Cancelled").contains(state.path("state").asText())) {
            throw new BenchException("Wharf's build " + build + " ended " + state.path("state").asText() + ": "
                    + state.path("message").asText());
        }
    }

    private List<String> containers() {
        List<String> labels = new ArrayList<>(List.of("wharf.io/app=" + APP, "wharf.io/system=" + SYSTEM));
        server.installation().ifPresent(id -> labels.add("wharf.io/installation=" + id));
        return Podman.containersWithLabels(labels);
    }

    /** Deletes the system with its app, waits until its containers are gone, and stops the server (and registry). */
    @Override
    public void close() {
        try {
            api.delete("/api/v1/systems/" + SYSTEM + "?cascade=true");
            Poll.until(() -> containers().isEmpty(), Duration.ofSeconds(60), Duration.ofMillis(100),
                    () -> "the containers of the deleted system to be removed: " + containers());
        } finally {
            abort();
        }
    }

    /** On an interrupted run: stops the server and removes the app's containers by force, at once. */
    void abort() {
        server.close();
        Podman.removeForce(containers());
    }
}
