package io.wharf.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.store.Store;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.config.WharfProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events by app and by system, with stable reasons, a cursor, a follow stream and a retention. */
class EventIT extends AbstractRunningServerIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    WharfProperties properties;
    @Autowired
    Store store;
    @Autowired
    EventRows rows;

    @Test
    void anAppsStartIsToldWithTheStableReasonsInOrder() {
        createHello(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reasons(appPath + "/events?after=0"))
                .containsSubsequence("Scheduled", "Pulled", "Started", "Ready"));
        JsonNode newest = api.get(appPath + "/events?limit=1").json().get(0);
        assertThat(newest.get("id").asLong()).isPositive();
        assertThat(newest.get("app").asString()).isEqualTo("hello");
    }

    @Test
    void theSystemsEventsHoldEveryAppsAndACursorGivesOnlyWhatCameAfterIt() {
        createHello(1);
        api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "other", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1}""");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/systems/" + system
                + "/events").json().valueStream().map(e -> e.get("app").asString()).distinct()).contains("hello", "other"));
        long cursor = api.get("/api/v1/systems/" + system + "/events?limit=1").json().get(0).get("id").asLong();

        api.put(appPath + "/replicas", "{\"replicas\": 2}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reasons("/api/v1/systems/" + system
                + "/events?after=" + cursor)).startsWith("Scaled"));
        assertThat(api.get("/api/v1/systems/" + system + "/events?after=" + cursor).json().valueStream()
                .map(e -> e.get("id").asLong()).toList()).isSorted().allSatisfy(id -> assertThat(id).isGreaterThan(cursor));
    }

    @Test
    void aFollowerGetsEachNewEventAndAReconnectWithTheCursorGetsEveryEventOnce() throws Exception {
        createHello(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> reasons(appPath + "/events?after=0").contains("Ready"));
        long start = api.get(appPath + "/events?limit=1").json().get(0).get("id").asLong();
        CompletableFuture<List<JsonNode>> first = CompletableFuture.supplyAsync(
                () -> follow(appPath + "/events?follow=true&after=" + start, "Scaled"));

        api.put(appPath + "/replicas", "{\"replicas\": 2}");
        List<JsonNode> firstPart = first.get(30, TimeUnit.SECONDS);
        long cursor = firstPart.get(firstPart.size() - 1).get("id").asLong();
        List<JsonNode> secondPart = follow(appPath + "/events?follow=true&after=" + cursor, "Started");

        assertThat(secondPart).extracting(e -> e.get("reason").asString()).containsSubsequence("Scheduled", "Started");
        List<Long> seen = new ArrayList<>();
        firstPart.forEach(e -> seen.add(e.get("id").asLong()));
        secondPart.forEach(e -> seen.add(e.get("id").asLong()));
        List<Long> stored = api.get(appPath + "/events?after=" + start).json().valueStream()
                .map(e -> e.get("id").asLong()).limit(seen.size()).toList();
        assertThat(seen).isEqualTo(stored);
    }

    @Test
    void eventsOlderThanTheRetentionAreTrimmedAndYoungerOnesStay() {
        createHello(0);
        AppKey key = new AppKey(system, "hello");
        Instant now = Instant.now();
        store.appendEvent(key, AppEvent.normal(now.minus(Duration.ofDays(8)), "Scaled", "long ago"));
        store.appendEvent(key, AppEvent.normal(now.minus(Duration.ofDays(6)), "Scaled", "this week"));

        rows.trim(now.minus(Duration.ofDays(7)));

        assertThat(api.get(appPath + "/events").json().valueStream().map(e -> e.get("message").asString()))
                .contains("this week").doesNotContain("long ago");
    }

    @Test
    void aBadLimitOrCursorIsRefusedSayingWhatToSend() {
        createHello(0);

        ApiClient.Response limit = api.get(appPath + "/events?limit=0");
        ApiClient.Response after = api.get("/api/v1/systems/" + system + "/events?after=-1");

        assertThat(limit.status()).isEqualTo(422);
        assertThat(limit.body()).contains("limit").contains("between 1 and 1000");
        assertThat(after.status()).isEqualTo(422);
        assertThat(after.body()).contains("after");
        assertThat(api.get("/api/v1/systems/nope-" + system + "/events").status()).isEqualTo(404);
    }

    private List<String> reasons(String path) {
        return api.get(path).json().valueStream().map(e -> e.get("reason").asString()).toList();
    }

    /** The events of a follow stream up to the first with {@code reason} (keep-alive lines skipped); then hangs up. */
    private List<JsonNode> follow(String path, String reason) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + OwnHome.adminToken(properties.home()));
            connection.setReadTimeout(30_000);
            assertThat(connection.getContentType()).startsWith("application/x-ndjson");
            List<JsonNode> events = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while (events.isEmpty() || !events.get(events.size() - 1).get("reason").asString().equals(reason)) {
                    String line = in.readLine();
                    assertThat(line).as("an event %s in %s", reason, path).isNotNull();
                    if (!line.isBlank()) {
                        events.add(JSON.readTree(line));
                    }
                }
            } finally {
                connection.disconnect();
            }
            return events;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
