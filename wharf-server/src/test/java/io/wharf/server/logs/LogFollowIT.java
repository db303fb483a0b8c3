package io.wharf.server.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Following an instance's log on real Podman: each line arrives soon after it is written, and a reader
 * that reconnects with its cursor gets every line once; and the kept logs of an instance that crashed.
 * The instance writes its host uptime (shared by every container on the machine) in each line, so the
 * test can tell how long a line took to arrive.
 */
class LogFollowIT extends AbstractRunningServerIT {
    private static final String COUNTS = """
            ["/bin/sh", "-c", "sleep 6; for i in $(seq 100); do read up rest < /proc/uptime; echo line $i $up; sleep 0.05; done; exec /bin/sh /bin/hello.sh"]""";
    @Autowired
    WharfProperties properties;

    private record Arrival(String text, double uptime) {
    }

    @Test
    void aFollowerGetsEachLineWithinASecondAndAReconnectingReaderGetsEveryLineOnce() throws Exception {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1, "command": %s}"""
                .formatted(COUNTS));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String instance = await().atMost(Duration.ofSeconds(5)).until(this::instanceIds, ids -> ids.size() == 1).get(0);
        String logs = appPath + "/instances/" + instance + "/logs?follow=true&timestamps=true";

        CompletableFuture<List<Arrival>> whole = CompletableFuture.supplyAsync(() -> read(logs, 100));
        List<Arrival> firstHalf = read(logs, 50);
        String last = firstHalf.get(49).text();
        String time = last.substring(0, last.indexOf(' '));
        long atLast = firstHalf.stream().filter(a -> a.text().startsWith(time + " ")).count();
        List<Arrival> rest = read(logs + "&cursor=" + time + "/" + atLast, 50);

        List<String> expected = IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList();
        assertThat(texts(firstHalf, rest)).isEqualTo(expected);
        List<Arrival> live = whole.get(60, TimeUnit.SECONDS);
        assertThat(texts(live, List.of())).isEqualTo(expected);
        List<Double> delays = live.stream().map(a -> a.uptime() - written(a.text())).sorted().toList();
        assertThat(delays.get(94)).as("p95 delay in seconds, of %s", delays).isLessThan(1.0);
    }

    @Test
    void anAppsFollowedLogPrefixesEachLineWithItsInstanceAndJoinsInstancesThatStartLater() throws Exception {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1,
                 "command": ["/bin/sh", "-c", "echo started; exec /bin/sh /bin/hello.sh"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String first = await().atMost(Duration.ofSeconds(10)).until(this::instanceIds, ids -> ids.size() == 1).get(0);

        CompletableFuture<List<Arrival>> followed = CompletableFuture.supplyAsync(() -> read(appPath + "/logs?follow=true", 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(appPath + "/logs").body().contains("[" + first + "] started"));
        assertThat(api.put(appPath + "/replicas", "{\"replicas\":2}").status()).isEqualTo(200);
        String second = await().atMost(Duration.ofSeconds(10)).until(this::instanceIds, ids -> ids.size() == 2).stream()
                .filter(id -> !id.equals(first)).findFirst().orElseThrow();

        assertThat(followed.get(30, TimeUnit.SECONDS)).extracting(Arrival::text)
                .containsExactly("[" + first + "] started", "[" + second + "] started");
    }

    @Test
    void theKeptLogsOfACrashedAndRemovedInstanceAreReadable() {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "replicas": 1,
                 "command": ["/bin/sh", "-c", "echo starting; echo failing >&2; sleep 1; exit 3"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode exit = await().atMost(Duration.ofSeconds(30)).until(() -> api.get(appPath + "/exits").json(),
                exits -> exits.size() >= 1).get(0);
        String crashed = exit.get("instance").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> !instanceIds().contains(crashed) && !instanceIds().isEmpty());

        assertThat(exit.get("exitCode").asInt()).isEqualTo(3);
        assertThat(exit.get("reason").asString()).isEqualTo("Error");
        assertThat(exit.get("time").asString()).isNotBlank();
        assertThat(exit.get("lines").valueStream().map(JsonNode::asString).toList()).containsExactly("starting", "failing");
        JsonNode again = api.get(appPath + "/exits").json().get(0);
        assertThat(again.get("lines").size()).isEqualTo(2);
    }

    private List<String> instanceIds() {
        List<String> ids = new ArrayList<>();
        api.get(appPath + "/instances").json().valueStream().forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    /** The first {@code count} lines of a followed log, each with the host's uptime when it arrived; then hangs up. */
    private List<Arrival> read(String path, int count) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + OwnHome.adminToken(properties.home()));
            connection.setReadTimeout(30_000);
            List<Arrival> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while (lines.size() < count) {
                    String line = in.readLine();
                    assertThat(line).as("line %d of %s", lines.size() + 1, path).isNotNull();
                    lines.add(new Arrival(line, uptime()));
                }
            } finally {
                connection.disconnect();
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double uptime() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
    }

    /** {@code <time> line <i> <uptime>}: the uptime when the instance wrote it. */
    private static double written(String text) {
        String[] parts = text.split(" ");
        return Double.parseDouble(parts[3]);
    }

    /** {@code line <i>} of each, in order. */
    private static List<String> texts(List<Arrival> first, List<Arrival> second) {
        List<String> texts = new ArrayList<>();
        for (List<Arrival> part : List.of(first, second)) {
            part.forEach(a -> {
                String[] parts = a.text().split(" ");
                texts.add(parts[1] + " " + parts[2]);
            });
        }
        return texts;
    }
}
