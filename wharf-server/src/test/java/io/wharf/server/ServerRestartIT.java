package io.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A server killed with SIGKILL loses nothing: on restart it adopts its instances and removes orphans. */
class ServerRestartIT {
    private final Path home = Homes.create("restart");
    private ServerProcess server;

    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null) {
            api(server).delete("/api/v1/systems/keep?cascade=true");
            await().atMost(Duration.ofSeconds(30)).until(() -> PodmanCli.containersOf("keep", "web").isEmpty());
            server.close();
        }
        Homes.stopPodmanService(home);
        List<String> ghosts = PodmanCli.containersOf("keep", "ghost");
        if (!ghosts.isEmpty()) {
            PodmanCli.podman("rm", "-f", ghosts.get(0));
        }
    }

    private static ApiClient api(ServerProcess server) {
        return new ApiClient(server.url(), server.token());
    }

    private static void awaitAvailable(ApiClient api, int replicas) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode status = api.get("/api/v1/systems/keep/apps/web").json().get("status");
            assertThat(status.get("phase").asString()).isEqualTo("Available");
            assertThat(status.get("readyReplicas").asInt()).isEqualTo(replicas);
        });
    }

    @Test
    void afterAKillNineTheRestartedServerHasTheSameAppsAndContainersAndNoOrphans() throws Exception {
        server = new ServerProcess(home).start();
        ApiClient api = api(server);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"keep\",\"description\":\"survives\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/systems/keep/apps", """
                {"name": "web", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 2,
                 "env": {"GREETING": "hi"}, "healthCheck": {"type": "tcp"}}""").status()).isEqualTo(201);
        awaitAvailable(api, 2);
        List<String> before = PodmanCli.containersOf("keep", "web");

        server.kill9();
        String installation = Files.readString(home.resolve("installation.id")).trim();
        PodmanCli.podman("run", "-d", "--label", "wharf.io/system=keep", "--label", "wharf.io/app=ghost",
                "--label", "wharf.io/instance=ghost-zzzzz", "--label", "wharf.io/revision=1",
                "--label", "wharf.io/installation=" + installation, "localhost/wharf/hello:1");
        server = new ServerProcess(home).start();
        api = api(server);

        awaitAvailable(api, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> PodmanCli.containersOf("keep", "ghost").isEmpty());
        assertThat(PodmanCli.containersOf("keep", "web")).containsExactlyInAnyOrderElementsOf(before);
        JsonNode app = api.get("/api/v1/systems/keep/apps/web").json();
        assertThat(app.get("replicas").asInt()).isEqualTo(2);
        assertThat(app.get("env").get("GREETING").asString()).isEqualTo("hi");
        assertThat(api.get("/api/v1/systems/keep").json().get("description").asString()).isEqualTo("survives");
        assertThat(api.get("/api/v1/systems/keep/apps/web/events").json().valueStream()
                .map(e -> e.get("reason").asString())).contains("Adopted", "Created");
    }

    @Test
    void aServerStoppedWhileAConsoleFollowsEventsAndLogsEndsThoseStreamsAndStopsWithoutWaitingOnThem()
            throws Exception {
        server = new ServerProcess(home).start();
        ApiClient api = api(server);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"keep\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/systems/keep/apps", """
                {"name": "web", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 0}""").status())
                .isEqualTo(201);
        List<CompletableFuture<Integer>> streams = List.of(read(server, "/api/v1/events?follow=true"),
                read(server, "/api/v1/systems/keep/apps/web/events?follow=true"),
                read(server, "/api/v1/systems/keep/apps/web/logs?follow=true"));
        Thread.sleep(1000);
        assertThat(streams).noneMatch(CompletableFuture::isDone);

        long start = System.nanoTime();
        server.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        server = null;

        assertThat(took).as("a stream left open would hold the graceful shutdown for its 30 s")
                .isLessThan(Duration.ofSeconds(20));
        for (CompletableFuture<Integer> stream : streams) {
            assertThat(stream.get(5, TimeUnit.SECONDS)).as("the answer's status").isEqualTo(200);
        }
    }

    /** Reads a followed answer to its end in the background: its status once it ended. */
    private static CompletableFuture<Integer> read(ServerProcess server, String path) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(server.url() + path).toURL().openConnection();
                connection.setRequestProperty("Authorization", "Bearer " + server.token());
                connection.setReadTimeout(60_000);
                try (InputStream body = connection.getInputStream()) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
                return connection.getResponseCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
