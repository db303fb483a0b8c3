package io.wharf.server.builds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.OwnRegistry;
import io.wharf.server.dataplane.RawHttp;
import io.wharf.testkit.GitHttpServer;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.TestGitRepo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Source to a running app through the API: a bare git repository over file://, real Podman, and a
 * registry of the test's own, checked with skopeo. A server of its own, because it names the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BuildIT {
    private static final Path HOME = Homes.create("build-it");
    protected final String system = "bt-" + UUID.randomUUID().toString().substring(0, 6);
    private final String appPath = "/api/v1/systems/" + system + "/apps/hello";
    private final String host = "hello." + system + ".wharf.localhost";
    @LocalServerPort
    int port;
    @Autowired
    Gateway gateway;
    @TempDir
    Path dir;
    ApiClient api;
    String token;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnRegistry.register(registry, HOME);
        registry.add("wharf.builds.allow-file-urls", () -> "true");
    }

    @BeforeEach
    void createTheSystemWithTheSampleApp() throws IOException {
        PodmanCli.ensureHelloImage();
        token = OwnHome.adminToken(HOME);
        api = new ApiClient("http://127.0.0.1:" + port, token);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + system + "\"}").status()).isEqualTo(201);
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(served()).contains("version 1"));
    }

    @AfterEach
    void deleteTheSystem() {
        api.delete("/api/v1/systems/" + system + "?cascade=true");
        await().atMost(Duration.ofSeconds(60)).until(() -> PodmanCli.containersOf(system).isEmpty());
    }

    @Test
    void buildsTheSourceIntoTheRegistryAndTheAppServesTheVersionDeployed() {
        TestGitRepo repo = new TestGitRepo(dir);
        String secret = "s3cr3t-" + UUID.randomUUID();
        String commit = repo.commit("main", "Serve the built version", Map.of("app/Containerfile",
                "FROM localhost/wharf/hello:1\nRUN --mount=type=secret,id=token test -s /run/secrets/token\n"
                        + "ENV HELLO_VERSION=from-git\n"));
        assertThat(api.put(appPath + "/source", """
                {"url": "%s", "ref": "main", "dockerfile": "app/Containerfile"}""".formatted(repo.url())).status())
                .isEqualTo(200);

        JsonNode build = finished(start("{\"secrets\": {\"token\": \"" + secret + "\"}}"));

        assertThat(build.get("state").asString()).as(log(build)).isEqualTo("Succeeded");
        JsonNode version = api.get(appPath + "/versions").json().get(0);
        assertThat(version.get("id").asString()).isEqualTo("v1");
        assertThat(version.get("commit").asString()).isEqualTo(commit);
        assertThat(version.get("message").asString()).isEqualTo("Serve the built version");
        assertThat(version.get("buildId").asString()).isEqualTo(build.get("id").asString());
        String digest = version.get("digest").asString();
        assertThat(version.get("image").asString()).isEqualTo(OwnRegistry.get().address() + "/" + system + "/hello@" + digest);
        assertThat(OwnRegistry.get().digest(system + "/hello:" + commit.substring(0, 12))).isEqualTo(digest);

        ApiClient.Response release = api.post(appPath + "/releases", "{\"version\": \"v1\"}");

        assertThat(release.status()).as(release.body()).isEqualTo(201);
        assertThat(release.json().get("image").asString()).isEqualTo(version.get("image").asString());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(served()).contains("version from-git"));
        assertThat(api.get(appPath + "/builds/" + build.get("id").asString()).body()).doesNotContain(secret);
        assertThat(log(build)).doesNotContain(secret).contains("STEP 2/3");
    }

    @Test
    void aSuccessfulBuildOfASourceWithAutoDeployIsReleased() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "Deploy me", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\nENV HELLO_VERSION=auto\n"));
        assertThat(api.put(appPath + "/source", "{\"url\": \"%s\", \"ref\": \"main\", \"autoDeploy\": true}"
                .formatted(repo.url())).status()).isEqualTo(200);

        JsonNode build = finished(start("{}"));

        assertThat(build.get("state").asString()).as(log(build)).isEqualTo("Succeeded");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(served()).contains("version auto"));
        assertThat(api.get(appPath).json().get("revision").asLong()).isEqualTo(2);
        assertThat(log(build)).contains("deployed v1 as revision 2 (autoDeploy)");
    }

    @Test
    void aSourceServedOverHttpWithALoginIsBuiltWithTheAppsCredentialAndServed() {
        TestGitRepo repo = new TestGitRepo(dir);
        String commit = repo.commit("main", "Over HTTP", Map.of("Dockerfile",
                "FROM localhost/wharf/hello:1\nENV HELLO_VERSION=over-http\n"));
        String password = "git-pa55-" + UUID.randomUUID();
        try (GitHttpServer git = new GitHttpServer(repo.bare(), "ada", password)) {
            assertThat(api.put(appPath + "/source", """
                    {"url": "%s", "ref": "main", "username": "ada", "password": "wrong", "autoDeploy": true}"""
                    .formatted(git.url())).status()).isEqualTo(200);
            JsonNode refused = finished(start("{}"));
            assertThat(refused.get("state").asString()).isEqualTo("Failed");
            assertThat(log(refused)).containsIgnoringCase("not authorized").doesNotContain("wrong");

            assertThat(api.put(appPath + "/source", """
                    {"url": "%s", "ref": "main", "username": "ada", "password": "%s", "autoDeploy": true}"""
                    .formatted(git.url(), password)).status()).isEqualTo(200);
            JsonNode build = finished(start("{}"));

            assertThat(build.get("state").asString()).as(log(build)).isEqualTo("Succeeded");
            JsonNode version = api.get(appPath + "/versions").json().get(0);
            assertThat(version.get("commit").asString()).isEqualTo(commit);
            assertThat(version.get("message").asString()).isEqualTo("Over HTTP");
            assertThat(OwnRegistry.get().digest(system + "/hello:" + commit.substring(0, 12)))
                    .isEqualTo(version.get("digest").asString());
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(served()).contains("version over-http"));
            assertThat(log(build)).doesNotContain(password);
        }
    }

    @Test
    void aFailingStepEndsTheBuildFailedWithThatStepInItsLogAndTheRunningVersionStays() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "Break the build", Map.of("Dockerfile",
                "FROM localhost/wharf/hello:1\nRUN echo about to break && exit 7\n"));

        JsonNode build = finished(start("{\"git\": {\"url\": \"%s\", \"ref\": \"main\"}}".formatted(repo.url())));

        assertThat(build.get("state").asString()).isEqualTo("Failed");
        assertThat(build.get("message").asString()).contains("podman build failed");
        assertThat(log(build)).contains("RUN echo about to break && exit 7");
        assertThat(api.get(appPath + "/versions").json().size()).isZero();
        assertThat(api.get(appPath).json().get("revision").asLong()).isEqualTo(1);
        assertThat(served()).contains("version 1");
    }

    @Test
    void aFollowRequestGetsEachLineWithinASecondOfItsWritingAndEndsWithTheBuild() throws Exception {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "Talk slowly", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\n"
                + "RUN echo run " + UUID.randomUUID() + " && for i in 1 2 3 4 5; do echo line $i; sleep 1; done\n"));
        JsonNode build = start("{\"git\": {\"url\": \"%s\", \"ref\": \"main\"}}".formatted(repo.url()));
        Path file = HOME.resolve("builds/" + build.get("id").asString() + ".log");
        LogWatch written = LogWatch.start(file);

        List<Arrival> arrivals = follow(build);

        written.stop();
        assertThat(arrivals).extracting(Arrival::line).contains("line 1", "line 5");
        for (Arrival arrival : arrivals.stream().filter(a -> a.line().matches("line [1-5]")).toList()) {
            long writtenAt = written.firstSeen(arrival.line());
            assertThat(arrival.at() - writtenAt).as(arrival.line()).isLessThan(1000);
        }
        assertThat(at(arrivals, "line 5") - at(arrivals, "line 1")).isGreaterThan(2500);
        assertThat(api.get(appPath + "/builds/" + build.get("id").asString()).json().get("state").asString())
                .isEqualTo("Succeeded");
    }

    @Test
    void aCancelStopsTheRunningBuild() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "Take long", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\n"
                + "RUN echo run " + UUID.randomUUID() + " && sleep 120\n"));
        JsonNode build = start("{\"git\": {\"url\": \"%s\", \"ref\": \"main\"}}".formatted(repo.url()));
        String path = appPath + "/builds/" + build.get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> log(build).contains("sleep 120"));

        assertThat(api.post(path + "/cancel", null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path).json().get("state").asString().equals("Cancelled"));
        assertThat(api.post(path + "/cancel", null).status()).isEqualTo(409);
    }

    @Test
    void aFollowerWhoseTokenIsRevokedIsCutOffWhileTheBuildGoesOn() throws Exception {
        String user = "bv-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.post("/api/v1/users", "{\"name\":\"" + user + "\"}").status()).isEqualTo(201);
        JsonNode viewer = api.post("/api/v1/users/" + user + "/tokens", "{\"name\":\"ci\"}").json();
        assertThat(api.put("/api/v1/systems/" + system + "/members/" + user, "{\"role\":\"viewer\"}").status())
                .isEqualTo(200);
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "Talk for a minute", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\n"
                + "RUN echo run " + UUID.randomUUID() + " && for i in $(seq 1 60); do echo tick $i; sleep 1; done\n"));
        JsonNode build = start("{\"git\": {\"url\": \"%s\", \"ref\": \"main\"}}".formatted(repo.url()));
        String path = appPath + "/builds/" + build.get("id").asString();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + "/logs?follow=true"))
                .header("Authorization", "Bearer " + viewer.get("token").asString()).build();
        java.util.concurrent.CompletableFuture<Void> followed = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream().anyMatch(l -> l.contains("tick 2")));

            assertThat(api.delete("/api/v1/users/" + user + "/tokens/" + viewer.get("id").asString()).status())
                    .isEqualTo(204);

            followed.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(api.get(path).json().get("state").asString()).isEqualTo("Running");
        } finally {
            api.post(path + "/cancel", null);
            api.delete("/api/v1/users/" + user);
        }
    }

    private JsonNode start(String body) {
        ApiClient.Response started = api.post(appPath + "/builds", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("state").asString()).isEqualTo("Queued");
        return started.json();
    }

    private JsonNode finished(JsonNode build) {
        String path = appPath + "/builds/" + build.get("id").asString();
        await().atMost(Duration.ofSeconds(120)).until(() -> List.of("Succeeded", "Failed", "Cancelled")
                .contains(api.get(path).json().get("state").asString()));
        return api.get(path).json();
    }

    private String log(JsonNode build) {
        return api.get(appPath + "/builds/" + build.get("id").asString() + "/logs").body();
    }

    private String served() {
        return RawHttp.get(gateway.port(), host, "/").text();
    }

    record Arrival(String line, long at) {
    }

    private List<Arrival> follow(JsonNode build) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + appPath + "/builds/"
                + build.get("id").asString() + "/logs?follow=true")).header("Authorization", "Bearer " + token).build();
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        try (java.util.stream.Stream<String> lines = response.body()) {
            return lines.map(line -> new Arrival(line.trim(), System.currentTimeMillis())).toList();
        }
    }

    private static long at(List<Arrival> arrivals, String line) {
        return arrivals.stream().filter(a -> a.line().equals(line)).findFirst().orElseThrow().at();
    }
}
