package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.Cli.Result;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CLI drives the real server jar, which runs the app in real Podman containers. */
class CliEndToEndIT {
    private static Path home;
    private static ServerProcess server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String system = "cli-" + UUID.randomUUID().toString().substring(0, 6);
    private final String hello = system + "/hello";

    @BeforeAll
    static void startServer() {
        PodmanCli.ensureHelloImage();
        home = Homes.create("cli-it");
        server = new ServerProcess(home).start();
    }

    @AfterEach
    void deleteSystem() {
        wharf("system", "delete", system, "--cascade");
        await().atMost(Duration.ofSeconds(30)).until(() -> PodmanCli.containersOf(system, "hello").isEmpty());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        Homes.delete(home);
    }

    /** Runs wharf with only --home, so that the URL and the token come from the files the server wrote there. */
    private static Result wharf(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return Cli.run(Map.of(), all.toArray(String[]::new));
    }

    private static Result ok(String... args) {
        Result result = wharf(args);
        assertThat(result.code()).as(String.join(" ", args) + "\n" + result).isZero();
        return result;
    }

    private List<JsonNode> readyInstances() {
        return Json.read(ok("ps", hello, "-o", "json").out()).valueStream()
                .filter(instance -> instance.path("ready").asBoolean()).toList();
    }

    private String get(String address) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anAppIsCreatedServedScaledToZeroAndBackAndDeletedThroughTheCli() throws Exception {
        assertThat(ok("system", "create", system).out()).isEqualTo("system/" + system + " created\n");
        assertThat(ok("app", "create", hello, "--image", "localhost/wharf/hello:1", "--port", "8080",
                "--replicas", "3").out()).isEqualTo("app " + hello + " created\n");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(readyInstances()).hasSize(3));
        for (JsonNode instance : readyInstances()) {
            assertThat(get(instance.path("address").asText())).contains("hello from");
        }
        assertThat(ok("ps", hello).out()).startsWith("ID").contains("running", "127.0.0.1:");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(ok("app", "list", system).out()).contains("hello", "3/3", "Available"));

        assertThat(ok("app", "scale", hello, "0").out()).isEqualTo("app " + hello + " scaled to 0\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> PodmanCli.containersOf(system, "hello").isEmpty());

        assertThat(ok("app", "scale", hello, "2", "--wait", "--timeout", "30s").out())
                .contains("scaled to 2", "is Available");
        assertThat(readyInstances()).hasSize(2);
        assertThat(ok("events", hello).out()).contains("Started", "scaled from 0 to 2 replicas");
        assertThat(Json.read(ok("app", "get", hello, "-o", "json").out()).path("replicas").asInt()).isEqualTo(2);

        assertThat(ok("app", "delete", hello).out()).isEqualTo("app " + hello + " deleted\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> PodmanCli.containersOf(system, "hello").isEmpty());
        assertThat(ok("system", "delete", system).out()).isEqualTo("system/" + system + " deleted\n");
        Result gone = wharf("system", "get", system);
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).startsWith("error: Not found: ");
    }

    @Test
    void aRequestTheServerRefusesExitsWithOneAndPrintsTheProblem() {
        ok("system", "create", system);

        Result result = wharf("app", "create", system + "/Bad_Name", "--image", "x");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: Invalid request: ").contains("  - name: ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aSystemWithAppsIsNotDeletedWithoutCascade() {
        ok("system", "create", system);
        ok("app", "create", hello, "--image", "localhost/wharf/hello:1", "--replicas", "0");

        Result result = wharf("system", "delete", system);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: Conflict: ").contains("cascade");
    }

    @Test
    void aWrongTokenExitsWithFourAndTheTokenIsNotShown() {
        Result result = wharf("--token", "nope", "system", "list");

        assertThat(result.code()).as(result.toString()).isEqualTo(4);
        assertThat(result.err()).startsWith("error: Unauthorized: ").contains("--token").doesNotContain("nope");
    }
}
