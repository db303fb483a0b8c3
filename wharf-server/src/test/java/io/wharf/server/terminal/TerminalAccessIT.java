package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.RawRequest;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may open a terminal, and the limits of one, on a server whose terminals go idle after 1 s, that
 * pings them every 300 ms and allows one exec session at once: every refusal comes before the
 * upgrade, as a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TerminalAccessIT {
    private static final Path HOME = Homes.create("terminal-access");
    private static final String APP = "/api/v1/systems/term/apps/hello";
    private static final List<String> V5 = List.of("v5.channel.k8s.io");
    private static final String[] HANDSHAKE = {"Upgrade: websocket", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13", "Sec-WebSocket-Protocol: v5.channel.k8s.io"};
    @LocalServerPort
    int port;
    ApiClient admin;
    String instance;
    private static ApiClient lastAdmin;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
        registry.add("wharf.api.terminal.idle-timeout", () -> "1s");
        registry.add("wharf.api.terminal.ping-interval", () -> "300ms");
        registry.add("wharf.api.max-concurrent-exec", () -> "1");
    }

    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    /** The system's instance would outlive the run (a server leaves its containers running when it stops). */
    @AfterAll
    static void deleteTheSystem() throws java.io.IOException {
        if (lastAdmin != null) {
            lastAdmin.delete("/api/v1/systems/term?cascade=true");
            lastAdmin.delete("/api/v1/systems/other?cascade=true");
            String installation = java.nio.file.Files.readString(HOME.resolve("installation.id")).trim();
            await().atMost(Duration.ofSeconds(60)).until(() -> PodmanCli.podman("ps", "-a", "-q", "--filter",
                    "label=wharf.io/system=term", "--filter", "label=wharf.io/installation=" + installation).isEmpty());
        }
    }

    @BeforeEach
    void runTheSampleApp() {
        admin = OwnHome.admin(port, HOME);
        lastAdmin = admin;
        if (admin.get("/api/v1/systems/term").status() == 404) {
            admin.post("/api/v1/systems", "{\"name\":\"term\"}");
            admin.post("/api/v1/systems", "{\"name\":\"other\"}");
            assertThat(admin.post("/api/v1/systems/term/apps", """
                    {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1}""").status())
                    .isEqualTo(201);
        }
        instance = await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(APP + "/instances").json().valueStream()
                .filter(i -> i.path("ready").asBoolean()).map(i -> i.path("id").asString()).findFirst().orElse(null),
                id -> id != null);
    }

    private String path(String query) {
        return APP + "/instances/" + instance + "/exec?" + query;
    }

    private URI uri(String query) {
        return URI.create("ws://127.0.0.1:" + port + path(query));
    }

    /** A user with {@code role} in {@code system} (none when null), and its token. */
    private String user(String name, String system, String role) {
        admin.post("/api/v1/users", "{\"name\":\"" + name + "\"}");
        if (role != null) {
            admin.put("/api/v1/systems/" + system + "/members/" + name, "{\"role\":\"" + role + "\"}");
        }
        return admin.post("/api/v1/users/" + name + "/tokens", "{\"name\":\"t\"}").json().get("token").asString();
    }

    private static int refusedHandshake(Runnable connect) {
        try {
            connect.run();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("the handshake was not refused");
    }

    @Test
    void noTokenIs401AndARoleBelowDeveloperIs403AndNoRoleIs404AllBeforeAnyUpgrade() {
        String viewer = user("term-viewer", "term", "viewer");
        String outsider = user("term-outsider", "other", "owner");

        ApiClient.Response anonymous = RawRequest.send(port, "GET", path("command=sh&stdin=true&tty=true"), null, HANDSHAKE);
        ApiClient.Response asViewer = RawRequest.send(port, "GET", path("command=sh&stdin=true&tty=true"), null,
                concat(HANDSHAKE, "Authorization: Bearer " + viewer));
        ApiClient.Response asOutsider = RawRequest.send(port, "GET", path("command=sh&stdin=true&tty=true"), null,
                concat(HANDSHAKE, "Authorization: Bearer " + outsider));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(asViewer.body()).contains("viewer").contains("developer");
        assertThat(asOutsider.status()).isEqualTo(404);
        assertThat(asOutsider.body()).contains("system term does not exist");
        assertThat(List.of(anonymous, asViewer, asOutsider)).allSatisfy(r ->
                assertThat(r.contentType()).startsWith("application/problem+json"));
        assertThat(refusedHandshake(() -> TerminalClient.connect(uri("command=sh&stdin=true&tty=true"), V5,
                "Authorization", "Bearer " + viewer))).isEqualTo(403);
    }

    @Test
    void aBrowsersTokenInTheSubprotocolsOpensATerminalWhoseChosenSubprotocolIsNeverTheToken(CapturedOutput output) {
        String developer = user("term-dev", "term", "developer");
        String asProtocol = "base64url.bearer.authorization.k8s.io."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(developer.getBytes(StandardCharsets.UTF_8));

        TerminalClient shell = TerminalClient.connect(uri("command=sh&stdin=true&tty=true"),
                List.of(asProtocol, "v5.channel.k8s.io"));
        String chosen = shell.protocol();
        shell.send(Channel.STDIN, "exit 0\n");

        assertThat(chosen).isEqualTo("v5.channel.k8s.io");
        assertThat(shell.status().path("status").asString()).isEqualTo("Success");
        String wrong = "base64url.bearer.authorization.k8s.io." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("wharf_nope".getBytes(StandardCharsets.UTF_8));
        assertThat(refusedHandshake(() -> TerminalClient.connect(uri("command=sh&stdin=true&tty=true"),
                List.of(wrong, "v5.channel.k8s.io")))).isEqualTo(401);
        assertThat(RawRequest.send(port, "GET", APP + "/instances", null, "Sec-WebSocket-Protocol: " + asProtocol)
                .status()).as("the subprotocol token is read on the terminal's path only").isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(developer).doesNotContain(asProtocol);
    }

    @Test
    void aSessionWithNoInputOrOutputForTheIdleTimeoutIsClosedSayingWhyAndPingsDoNotCountAsEither() {
        String developer = user("term-idle", "term", "developer");
        TerminalClient shell = TerminalClient.connect(uri("command=sh&stdin=true&tty=true"), V5,
                "Authorization", "Bearer " + developer);

        String closed = shell.closed.orTimeout(TerminalClient.PATIENCE.toSeconds(), TimeUnit.SECONDS).join();

        assertThat(closed).startsWith("1000").contains("idle");
        assertThat(shell.pings.get()).as("pings every 300 ms before the close").isPositive();
        assertThat(shell.status().path("reason").asString()).isEqualTo("Timeout");
        assertThat(shell.status().path("message").asString()).contains("no input or output for 1s");
        await().atMost(TerminalClient.PATIENCE).until(() -> admin.get(APP + "/events?limit=20").body()
                .contains("term-idle's terminal in instance " + instance));
        assertThat(admin.get(APP + "/events?limit=20").body()).contains("no input or output for 1s");
    }

    @Test
    void pastTheExecLimitASessionIsRefusedWith429UntilAnotherEnds() {
        String developer = user("term-busy", "term", "developer");
        TerminalClient busy = TerminalClient.connect(uri("command=sh&command=-c&command=while%20true%3B%20do%20echo%20.%3B"
                + "%20sleep%200.2%3B%20done&stdin=true"), V5, "Authorization", "Bearer " + developer);
        await().atMost(TerminalClient.PATIENCE).until(() -> busy.channel(Channel.STDOUT).lines().count() >= 15);
        assertThat(busy.closed).as("output keeps a session from going idle (3 s of it, idle after 1 s)").isNotDone();

        ApiClient.Response refused = RawRequest.send(port, "GET", path("command=sh&stdin=true&tty=true"), null,
                concat(HANDSHAKE, "Authorization: Bearer " + developer));
        busy.close();

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("wharf.api.max-concurrent-exec");
        await().atMost(TerminalClient.PATIENCE).untilAsserted(() -> {
            TerminalClient next = TerminalClient.connect(uri("command=sh&stdin=true&tty=true"), V5,
                    "Authorization", "Bearer " + developer);
            next.send(Channel.STDIN, "exit 0\n");
            assertThat(next.status().path("status").asString()).isEqualTo("Success");
        });
    }

    @Test
    void aBadQueryIs422AndARequestThatIsNotAWebSocketIs426() {
        String developer = user("term-bad", "term", "developer");

        ApiClient.Response noCommand = RawRequest.send(port, "GET", path("tty=yes"), null,
                concat(HANDSHAKE, "Authorization: Bearer " + developer));
        ApiClient.Response plain = admin.send("GET", path("command=sh"), null, developer);
        ApiClient.Response noProtocol = RawRequest.send(port, "GET", path("command=sh"), null, "Upgrade: websocket",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13",
                "Authorization: Bearer " + developer);
        ApiClient.Response gone = RawRequest.send(port, "GET", APP + "/instances/hello-gone/exec?command=sh", null,
                concat(HANDSHAKE, "Authorization: Bearer " + developer));

        assertThat(noCommand.status()).isEqualTo(422);
        assertThat(noCommand.json().get("errors").toString()).contains("command").contains("tty");
        assertThat(plain.status()).isEqualTo(426);
        assertThat(plain.body()).contains("WebSocket");
        assertThat(noProtocol.status()).isEqualTo(400);
        assertThat(noProtocol.body()).contains("v5.channel.k8s.io");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("instance hello-gone of app term/hello does not exist");
    }

    private static String[] concat(String[] headers, String more) {
        String[] all = Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = more;
        return all;
    }
}
