package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.RawRequest;
import io.wharf.testkit.Homes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI document, asked without a token through every ambiguous spelling
 * of its path, sent as raw bytes to the real server: none is served, and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockedDoorIT {
    private static final Path HOME = Homes.create("locked-door");
    private static final Map<String, String> NAMES = Map.of("{system}", "demo", "{app}", "hello",
            "{instance}", "hello-1", "{revision}", "1", "{command}", "pause");
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/systems", "{\"name\":\"probe\"}",
            "POST /api/v1/systems/demo/apps", "{\"name\":\"probe\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}",
            "PUT /api/v1/systems/demo/apps/hello/replicas", "{\"replicas\":1}",
            "PATCH /api/v1/systems/demo/apps/hello", "{\"replicas\":1}",
            "PUT /api/v1/systems/demo/apps/hello/configs/app", "{\"path\":\"/etc/probe\",\"content\":\"x\"}",
            "PUT /api/v1/systems/demo/apps/hello/secrets/app", "{\"value\":\"x\"}",
            "POST /api/v1/systems/demo/apps/hello/releases", "{\"image\":\"localhost/wharf/hello:2\"}",
            "POST /api/v1/systems/demo/apps/hello/instances/hello-1/exec", "{\"command\":[\"true\"]}");

    @LocalServerPort
    int port;
    ApiClient api;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
        registry.add("wharf.api.header-timeout", () -> "2s");
    }

    @BeforeEach
    void createSomethingToProtect() throws IOException {
        api = OwnHome.admin(port, HOME);
        if (api.get("/api/v1/systems/demo").status() == 404) {
            assertThat(api.post("/api/v1/systems", "{\"name\":\"demo\"}").status()).isEqualTo(201);
            assertThat(api.post("/api/v1/systems/demo/apps",
                    "{\"name\":\"hello\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}").status()).isEqualTo(201);
            assertThat(api.put("/api/v1/systems/demo/apps/hello/configs/app",
                    "{\"path\":\"/etc/app.conf\",\"content\":\"a = 1\"}").status()).isEqualTo(201);
        }
    }

    @Test
    void noOperationIsServedWithoutATokenHoweverItsPathIsSpelled() {
        List<String[]> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);
        String before = stateOfTheWorld();
        List<String> served = new ArrayList<>();
        int sent = 0;

        for (String[] op : operations) {
            String method = op[0];
            String path = op[1];
            String body = method.equals("GET") || method.equals("DELETE") ? null
                    : BODIES.getOrDefault(method + " " + path, "{}");
            List<String> spellings = new ArrayList<>(PathVariants.of(path));
            spellings.add(0, path);
            for (String spelling : spellings) {
                int status = RawRequest.send(port, method, spelling, body).status();
                sent++;
                if (status < 400) {
                    served.add(method + " " + spelling + " -> " + status);
                }
            }
        }

        assertThat(sent).isGreaterThan(1000);
        assertThat(served).as("answered without a token").isEmpty();
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void theSameRequestsWithTheTokenAreServedSoTheDoorIsNotSimplyShut() {
        assertThat(RawRequest.send(port, "GET", "/api/v1/systems/demo/apps/hello", null,
                "Authorization: Bearer " + OwnHome.adminToken(HOME)).status()).isEqualTo(200);
        assertThat(RawRequest.send(port, "GET", "/api/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void theHealthCheckIsTheOnlyPublicOperationAndOnlyForGetBesideTheConsolesFiles() {
        assertThat(RawRequest.send(port, "POST", "/api/v1/health", "{}").status()).isEqualTo(401);
        assertThat(RawRequest.send(port, "GET", "/api/v1/health;x", null).status()).isEqualTo(400);
        assertThat(RawRequest.send(port, "GET", "/api/v1/openapi.json", null).status()).isEqualTo(401);
        assertThat(RawRequest.send(port, "POST", "/", "{}").status()).isEqualTo(401);
        assertThat(RawRequest.send(port, "GET", "/assets/../api/v1/systems", null).status()).isEqualTo(400);
        assertThat(RawRequest.send(port, "GET", "/", null).status()).as("the console's page, which holds no data")
                .isEqualTo(200);
    }

    @Test
    void theScrapeTokenMayReadMetricsAndNothingElse() throws IOException {
        String scrape = java.nio.file.Files.readString(HOME.resolve("scrape.token")).trim();

        assertThat(RawRequest.send(port, "GET", "/api/v1/systems", null, "Authorization: Bearer " + scrape).status())
                .isEqualTo(403);
        assertThat(RawRequest.send(port, "POST", "/api/v1/systems", "{\"name\":\"scraped\"}",
                "Authorization: Bearer " + scrape).status()).isEqualTo(403);
        assertThat(RawRequest.send(port, "GET", "/metrics", null, "Authorization: Bearer " + scrape).status())
                .isNotIn(401, 403);
        assertThat(api.get("/api/v1/systems/scraped").status()).isEqualTo(404);
    }

    @Test
    void aConnectionThatDoesNotFinishItsRequestHeadInTimeIsClosed() throws IOException {
        try (java.net.Socket slow = new java.net.Socket("127.0.0.1", port)) {
            slow.setSoTimeout(15_000);
            slow.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".getBytes());
            long start = System.nanoTime();

            byte[] answer = slow.getInputStream().readAllBytes();

            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(new String(answer)).doesNotContain("UP");
            assertThat(waited).as("closed after %d ms with a 2 s deadline", waited).isBetween(1_000L, 14_000L);
        }
    }


    /** Every operation of the document but the public health check, with its path names filled in. */
    private List<String[]> operations() {
        ApiClient.Response doc = api.get("/api/v1/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        List<String[]> operations = new ArrayList<>();
        doc.json().get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
            if (!path.getKey().equals("/api/v1/health")) {
                operations.add(new String[] {method.toUpperCase(java.util.Locale.ROOT), fill(path.getKey())});
            }
        }));
        return operations;
    }

    private static String fill(String template) {
        String path = template.startsWith("/api/v1/clusters/") ? template.replace("{name}", "local")
                : template.replace("{name}", "app");
        for (Map.Entry<String, String> name : NAMES.entrySet()) {
            path = path.replace(name.getKey(), name.getValue());
        }
        return path;
    }

    private String stateOfTheWorld() {
        String app = "/api/v1/systems/demo/apps/hello";
        JsonNode hello = api.get(app).json();
        ((ObjectNode) hello).remove("status");
        return String.join("\n", api.get("/api/v1/systems").body(), hello.toString(),
                api.get("/api/v1/systems/demo/apps").json().size() + " apps", api.get(app + "/releases").body(),
                api.get(app + "/configs").body(), api.get(app + "/secrets").body(), api.get("/api/v1/clusters").body());
    }
}
