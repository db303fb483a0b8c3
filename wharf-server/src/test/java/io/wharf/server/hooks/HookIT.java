package io.wharf.server.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.OwnRegistry;
import io.wharf.server.dataplane.RawHttp;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.TestGitRepo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
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
 * Push to deploy through webhooks, on the real server with Podman, a git repository over file:// and
 * a registry of the test's own: a signed push builds and deploys; anything else is recorded with why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HookIT {
    private static final Path HOME = Homes.create("hook-it");
    private static final String SECRET = "hook-" + UUID.randomUUID();
    private final String system = "hk-" + UUID.randomUUID().toString().substring(0, 6);
    private final String appPath = "/api/v1/systems/" + system + "/apps/hello";
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    Gateway gateway;
    @TempDir
    Path dir;
    ApiClient api;
    TestGitRepo repo;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnRegistry.register(registry, HOME);
        registry.add("wharf.builds.allow-file-urls", () -> "true");
    }

    @BeforeEach
    void createTheAppWithASourceThatDeploysItself() {
        PodmanCli.ensureHelloImage();
        api = OwnHome.admin(port, HOME);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + system + "\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""").status()).isEqualTo(201);
        repo = new TestGitRepo(dir);
        repo.commit("main", "Serve what the hook built", Map.of("Dockerfile",
                "FROM localhost/wharf/hello:1\nENV HELLO_VERSION=from-hook\n"));
        assertThat(api.put(appPath + "/source", """
                {"url": "%s", "ref": "main", "autoDeploy": true, "webhookSecret": "%s"}"""
                .formatted(repo.url(), SECRET)).status()).isEqualTo(200);
    }

    @AfterEach
    void deleteTheSystem() {
        api.delete("/api/v1/systems/" + system + "?cascade=true");
        await().atMost(Duration.ofSeconds(60)).until(() -> PodmanCli.containersOf(system).isEmpty());
    }

    @Test
    void aSignedGitHubPushToTheBranchBuildsAndDeploysAtOnceInTheBackground() throws Exception {
        String body = "{\"ref\": \"refs/heads/main\", \"after\": \"" + "a".repeat(40) + "\"}";
        long start = System.nanoTime();

        HttpResponse<String> answer = github("push", "d-1", body, signature(SECRET, body));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("webhook answered in " + millis + " ms");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        JsonNode delivery = api.get(appPath + "/hooks/deliveries").json().get(0);
        assertThat(delivery.get("outcome").asString()).isEqualTo("accepted");
        assertThat(delivery.get("provider").asString()).isEqualTo("github");
        assertThat(delivery.get("buildId").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(RawHttp.get(gateway.port(), "hello." + system + ".wharf.localhost", "/").text())
                        .contains("version from-hook"));
        assertThat(api.get(appPath + "/versions").json().get(0).get("buildId").asString())
                .isEqualTo(delivery.get("buildId").asString());
    }

    @Test
    void aBadSignatureIs401AndStartsNothingAndAnotherBranchOrARedeliveryIsIgnoredWithTheReason() throws Exception {
        String main = "{\"ref\": \"refs/heads/main\", \"after\": \"" + "b".repeat(40) + "\"}";
        String dev = "{\"ref\": \"refs/heads/dev\", \"after\": \"" + "c".repeat(40) + "\"}";

        assertThat(github("push", "d-2", main, signature("not-the-secret", main)).statusCode()).isEqualTo(401);
        assertThat(github("push", "d-3", main, null).statusCode()).isEqualTo(401);
        assertThat(github("push", "d-4", dev, signature(SECRET, dev)).statusCode()).isEqualTo(202);
        assertThat(github("push", "d-4", dev, signature(SECRET, dev)).statusCode()).isEqualTo(202);
        assertThat(github("ping", "d-5", "{}", signature(SECRET, "{}")).statusCode()).isEqualTo(202);
        assertThat(send(Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", SECRET, "X-Gitlab-Event-UUID", "g-1"),
                dev).statusCode()).isEqualTo(202);
        assertThat(send(Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", SECRET.toUpperCase(),
                "X-Gitlab-Event-UUID", "g-2"), main).statusCode()).isEqualTo(401);

        List<String> deliveries = api.get(appPath + "/hooks/deliveries").json().valueStream()
                .map(d -> d.get("provider").asString() + " " + d.get("outcome").asString() + ": " + d.get("reason").asString())
                .toList();
        assertThat(deliveries).containsExactlyInAnyOrder(
                "github rejected: bad signature", "github rejected: bad signature",
                "github ignored: push to refs/heads/dev; the app builds main", "github ignored: duplicate delivery d-4",
                "github ignored: event 'ping' is not a push",
                "gitlab ignored: push to refs/heads/dev; the app builds main", "gitlab rejected: bad signature");
        assertThat(api.get(appPath + "/builds").json().size()).isZero();
    }

    @Test
    void aDeliveryForAnAppThatDoesNotExistGetsTheSame401() throws Exception {
        String body = "{\"ref\": \"refs/heads/main\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hooks/nope/nope"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", signature(SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("not signed with this app's webhook secret");
    }

    private HttpResponse<String> github(String event, String delivery, String body, String signature)
            throws IOException, InterruptedException {
        return send(signature == null ? Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", delivery)
                : Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", delivery, "X-Hub-Signature-256", signature), body);
    }

    private HttpResponse<String> send(Map<String, String> headers, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hooks/"
                + system + "/hello")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signature(String secret, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
