package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Terminals in instances of the sample app on real Podman, through a real WebSocket client, framed as
 * Kubernetes frames exec: a shell on a TTY that answers, takes a new size and ends with the exit code
 * it was given, recorded in the app's events under the name of whoever opened it.
 */
class TerminalIT extends AbstractRunningServerIT {
    private static final List<String> PROTOCOLS = List.of("v5.channel.k8s.io", "v4.channel.k8s.io");

    private String readyInstance() {
        createHello(1);
        return await().atMost(Duration.ofSeconds(30)).until(this::readyIds, ids -> ids.size() == 1).iterator().next();
    }

    private URI exec(String instance, String query) {
        return URI.create("ws://127.0.0.1:" + port + appPath + "/instances/" + instance + "/exec?" + query);
    }

    private static String commandQuery(String... argv) {
        return List.of(argv).stream().map(a -> "command=" + URLEncoder.encode(a, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A user who is a developer of the test's system, and its token. */
    private String developer(String name) {
        api.post("/api/v1/users", "{\"name\":\"" + name + "\"}");
        assertThat(api.put("/api/v1/systems/" + system + "/members/" + name, "{\"role\":\"developer\"}").status())
                .isEqualTo(200);
        return api.post("/api/v1/users/" + name + "/tokens", "{\"name\":\"terminal\"}").json().get("token").asString();
    }

    @Test
    void aShellOnATtyAnswersTakesANewSizeAndEndsWithItsExitCodeRecordedUnderWhoOpenedIt() {
        String instance = readyInstance();
        String user = "dev-" + system;
        String token = developer(user);

        TerminalClient shell = TerminalClient.connect(exec(instance, commandQuery("sh") + "&stdin=true&tty=true"),
                PROTOCOLS, "Authorization", "Bearer " + token);
        assertThat(shell.protocol()).isEqualTo("v5.channel.k8s.io");
        shell.send(Channel.STDIN, "echo hi\n");
        shell.awaitOn(Channel.STDOUT, "\r\nhi\r\n");
        shell.send(Channel.RESIZE, "{\"Width\":100,\"Height\":30}");
        shell.send(Channel.STDIN, "stty size\n");
        shell.awaitOn(Channel.STDOUT, "30 100");
        shell.send(Channel.STDIN, "exit 3\n");

        JsonNode status = shell.status();
        assertThat(status.path("status").asString()).isEqualTo("Failure");
        assertThat(status.path("reason").asString()).isEqualTo("NonZeroExitCode");
        assertThat(status.at("/details/causes/0/reason").asString()).isEqualTo("ExitCode");
        assertThat(status.at("/details/causes/0/message").asString()).isEqualTo("3");
        assertThat(shell.closed.join()).startsWith("1000");
        assertThat(shell.channel(Channel.STDERR)).isEmpty();
        await().atMost(TerminalClient.PATIENCE).untilAsserted(() -> assertThat(messages(events()))
                .contains("TerminalOpened " + user + " opened a terminal in instance " + instance + " (with a TTY)")
                .anySatisfy(m -> assertThat(m).startsWith("TerminalClosed " + user + "'s terminal in instance "
                        + instance + " closed after ").endsWith(": the command exited with code 3")));
        assertThat(events().toString()).doesNotContain("echo hi", "stty");
    }

    @Test
    void withoutATtyInputOutputAndErrorAreChannelsOfTheirOwnAndSuccessIsStatusSuccess() {
        String instance = readyInstance();

        TerminalClient command = TerminalClient.connect(exec(instance, commandQuery("sh", "-c",
                "read line; echo got $line; echo oops >&2") + "&stdin=true"), List.of("v4.channel.k8s.io"),
                "Authorization", "Bearer " + developer("dev2-" + system));
        assertThat(command.protocol()).isEqualTo("v4.channel.k8s.io");
        command.send(Channel.STDIN, "x\n");

        assertThat(command.status().path("status").asString()).isEqualTo("Success");
        assertThat(command.channel(Channel.STDOUT)).isEqualTo("got x\n");
        assertThat(command.channel(Channel.STDERR)).isEqualTo("oops\n");
    }

    @Test
    void theEndOfInputOnV5ReachesTheCommand() {
        String instance = readyInstance();
        TerminalClient cat = TerminalClient.connect(exec(instance, commandQuery("cat") + "&stdin=true"), PROTOCOLS,
                "Authorization", "Bearer " + developer("dev4-" + system));
        cat.send(Channel.STDIN, "one\n");

        cat.send(Channel.CLOSE, "\u0000");

        assertThat(cat.status().path("status").asString()).isEqualTo("Success");
        assertThat(cat.channel(Channel.STDOUT)).isEqualTo("one\n");
    }

    @Test
    void aClientThatGoesAwayEndsTheSessionAndItsEventSaysSo() {
        String instance = readyInstance();
        String user = "dev3-" + system;
        TerminalClient shell = TerminalClient.connect(exec(instance, commandQuery("sh") + "&stdin=true&tty=true"),
                PROTOCOLS, "Authorization", "Bearer " + developer(user));
        shell.send(Channel.STDIN, "echo h''i\n");
        shell.awaitOn(Channel.STDOUT, "hi");

        shell.close();

        await().atMost(TerminalClient.PATIENCE).untilAsserted(() -> assertThat(messages(events())).anySatisfy(m ->
                assertThat(m).startsWith("TerminalClosed " + user + "'s terminal in instance " + instance)
                        .contains(": the client closed it")));
    }

    private JsonNode events() {
        ApiClient.Response events = api.get(appPath + "/events?limit=50");
        assertThat(events.status()).isEqualTo(200);
        return events.json();
    }

    private static List<String> messages(JsonNode events) {
        return events.valueStream().map(e -> e.path("reason").asString() + " " + e.path("message").asString()).toList();
    }
}
