package io.wharf.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.store.Store;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/events}: one stream of every system the caller may see, and none of the others. */
class AllEventsIT extends AbstractRunningServerIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String other = system + "-b";
    private final String user = "viewer-" + UUID.randomUUID().toString().substring(0, 6);
    private String viewerToken;
    private String viewerTokenId;
    @Autowired
    Store store;

    @BeforeEach
    void aViewerOfOneSystemOfTwo() {
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + other + "\"}").status()).isEqualTo(201);
        for (String s : List.of(system, other)) {
            assertThat(api.post("/api/v1/systems/" + s + "/apps", """
                    {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 0}""").status())
                    .isEqualTo(201);
        }
        assertThat(api.post("/api/v1/users", "{\"name\":\"" + user + "\"}").status()).isEqualTo(201);
        JsonNode token = api.post("/api/v1/users/" + user + "/tokens", "{\"name\":\"console\"}").json();
        viewerToken = token.get("token").asString();
        viewerTokenId = token.get("id").asString();
        assertThat(api.put("/api/v1/systems/" + system + "/members/" + user, "{\"role\":\"viewer\"}").status())
                .isEqualTo(200);
    }

    @AfterEach
    void removeThem() {
        api.delete("/api/v1/systems/" + other + "?cascade=true");
        api.delete("/api/v1/users/" + user);
    }

    @Test
    void aFollowerGetsTheEventsOfItsSystemsWithTheirSystemAndNeverThoseOfOthers() throws Exception {
        CompletableFuture<JsonNode> first = CompletableFuture.supplyAsync(this::firstFollowedEvent);
        Thread.sleep(500);

        store.appendEvent(new AppKey(other, "hello"), AppEvent.normal(Instant.now(), "Scaled", "not yours"));
        store.appendEvent(new AppKey(system, "hello"), AppEvent.normal(Instant.now(), "Scaled", "yours"));

        JsonNode event = first.get(30, TimeUnit.SECONDS);
        assertThat(event.get("message").asString()).isEqualTo("yours");
        assertThat(event.get("system").asString()).isEqualTo(system);
        assertThat(event.get("app").asString()).isEqualTo("hello");
    }

    @Test
    void aListShowsTheViewerOnlyItsSystemsAndTheAdminEverySystem() {
        long cursor = api.get("/api/v1/events?limit=1").json().get(0).get("id").asLong();
        store.appendEvent(new AppKey(other, "hello"), AppEvent.normal(Instant.now(), "Scaled", "other's"));
        store.appendEvent(new AppKey(system, "hello"), AppEvent.normal(Instant.now(), "Scaled", "mine"));

        ApiClient.Response viewer = api.send("GET", "/api/v1/events?after=" + cursor, null, viewerToken);
        ApiClient.Response admin = api.get("/api/v1/events?after=" + cursor);

        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.json().valueStream().map(e -> e.get("message").asString())).containsExactly("mine");
        assertThat(admin.json().valueStream().map(e -> e.get("system").asString() + ": " + e.get("message").asString()))
                .containsSubsequence(other + ": other's", system + ": mine");
        assertThat(api.get("/api/v1/events?limit=0").status()).isEqualTo(422);
    }

    @Test
    void aFollowerWhoseTokenIsRevokedIsCutOffWithinSecondsThoughEventsKeepComing() throws Exception {
        CompletableFuture<Long> lines = CompletableFuture.supplyAsync(() -> linesUntilTheEnd("/api/v1/events?follow=true"));
        Thread.sleep(500);

        assertThat(api.delete("/api/v1/users/" + user + "/tokens/" + viewerTokenId).status()).isEqualTo(204);
        long revokedAt = System.nanoTime();
        for (int i = 0; i < 40 && !lines.isDone(); i++) {
            store.appendEvent(new AppKey(system, "hello"), AppEvent.normal(Instant.now(), "Scaled", "event " + i));
            Thread.sleep(500);
        }

        assertThat(lines).as("the stream ended within 20 s of the revocation").isDone();
        assertThat(lines.get()).isPositive();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(java.time.Duration.ofSeconds(20));
    }

    /** Reads a followed answer to its end: how many events it carried. */
    private long linesUntilTheEnd(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + viewerToken);
            connection.setReadTimeout(60_000);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                return in.lines().filter(line -> !line.isBlank()).count();
            } finally {
                connection.disconnect();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode firstFollowedEvent() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                    + "/api/v1/events?follow=true").toURL().openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + viewerToken);
            connection.setReadTimeout(30_000);
            assertThat(connection.getContentType()).startsWith("application/x-ndjson");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        return JSON.readTree(line);
                    }
                }
                throw new AssertionError("the stream ended without an event");
            } finally {
                connection.disconnect();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
