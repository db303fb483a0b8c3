package io.wharf.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.testkit.PodmanCli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The console in Debian's headless Chromium against the real server with Podman: the steps of
 * {@code wharf-console/e2e/console.e2e.mjs} (playwright-core), each printed as it passes.
 */
class ConsoleBrowserIT extends AbstractRunningServerIT {
    private static final Path CONSOLE = Path.of("..", "wharf-console").toAbsolutePath().normalize();
    private static final int HUNDRED = 100;

    @Test
    void aPersonLogsInCreatesAnAppScalesItReadsItsLogDeploysAndRollsBackIsRefusedAndLogsOut() throws Exception {
        String created = system + "-ui";
        try {
            assertThat(runNode("e2e/console.e2e.mjs", created)).contains("console: logged out");
        } finally {
            api.delete("/api/v1/systems/" + created + "?cascade=true");
            await().atMost(Duration.ofSeconds(60)).until(() -> PodmanCli.containersOf(created).isEmpty());
        }
    }

    @Test
    void withAHundredInstancesThePageIsMeasuredFromNavigationToInteractiveAndFromAKillToTheReplacementShown()
            throws Exception {
        String big = system + "-h";
        try {
            assertThat(api.post("/api/v1/systems", "{\"name\":\"" + big + "\"}").status()).isEqualTo(201);
            ApiClient.Response created = api.post("/api/v1/systems/" + big + "/apps", """
                    {"name": "web", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": %d,
                     "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""".formatted(HUNDRED));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> api.get(
                    "/api/v1/systems/" + big + "/apps/web").json().get("status").get("readyReplicas").asInt() == HUNDRED);
            String output = runNode("e2e/hundred.e2e.mjs", big, "WHARF_INSTANCES", String.valueOf(HUNDRED));
            assertThat(output).contains("navigation to interactive took", "ready").doesNotContain("FAILED");
        } finally {
            api.delete("/api/v1/systems/" + big + "?cascade=true");
            await().atMost(Duration.ofMinutes(2)).until(() -> PodmanCli.containersOf(big).isEmpty());
        }
    }

    /** Runs a browser script of the console's with the server's address, the admin token and a system; its output. */
    private String runNode(String script, String forSystem, String... env) throws Exception {
        ProcessBuilder node = new ProcessBuilder("node", script).directory(CONSOLE.toFile()).redirectErrorStream(true);
        node.environment().put("WHARF_URL", "http://127.0.0.1:" + port);
        node.environment().put("WHARF_TOKEN", adminToken());
        node.environment().put("WHARF_SYSTEM", forSystem);
        for (int i = 0; i < env.length; i += 2) {
            node.environment().put(env[i], env[i + 1]);
        }
        Process browser = node.start();
        String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(browser.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void thePageIsPublicAndNeverCachedAndItsAssetsAreKeptForAYear() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
        String asset = page.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(asset).startsWith("/assets/");

        HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + asset)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");

        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port, null);
        assertThat(anonymous.get("/api/v1/systems").status()).as("the API stays locked").isEqualTo(401);
    }
}
