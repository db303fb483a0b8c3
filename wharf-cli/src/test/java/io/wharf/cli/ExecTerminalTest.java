package io.wharf.cli;

import static io.wharf.testkit.kubernetes.ChannelFrames.frame;
import static io.wharf.testkit.kubernetes.ChannelFrames.sent;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.DefaultMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.wharf.cli.Cli.Result;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * wharf exec -i/-t against fabric8's mock web server, which plays the server's side of the terminal
 * WebSocket from expectations (each frame it expects from wharf, byte for byte, is answered; a frame it
 * does not expect closes the connection). It speaks v4.channel.k8s.io, as a Kubernetes API server does.
 */
class ExecTerminalTest {
    private static final String EXEC = "/api/v1/systems/demo/apps/hello/instances/hello-1/exec";
    private final DefaultMockServer server = new DefaultMockServer();

    ExecTerminalTest() {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private Result wharf(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", "http://127.0.0.1:" + server.getPort(), "--token", "t0ken"));
        all.addAll(List.of(args));
        return Cli.run(stdin, Map.of(), all.toArray(String[]::new));
    }

    private RecordedRequest upgrade() throws InterruptedException {
        RecordedRequest request;
        do {
            request = server.takeRequest(5, TimeUnit.SECONDS);
        } while (request != null && !request.getPath().startsWith(EXEC));
        return request;
    }

    @Test
    void theInputGoesOnChannelZeroOutputAndErrorAreCopiedAndWharfExitsWithTheCommandsCode() throws Exception {
        server.expect().get().withPath(EXEC + "?command=sh&command=-c&command=cat%3B%20echo%20done%20%3E%262%3B%20exit%203"
                        + "&stdin=true")
                .andUpgradeToWebSocket().open()
                .expect(sent(0, "hello\n")).andEmit(frame(1, "hello\n")).once()
                .expectSentWebSocketMessage(sent(1, "hello\n")).andEmit(frame(2, "done\n")).once()
                .expectSentWebSocketMessage(sent(2, "done\n")).andEmit(frame(3, """
                        {"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: exit status 3",\
                        "reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}""")).once()
                .done().once();

        Result result = wharf("hello\n", "exec", "-i", "demo/hello/hello-1", "--", "sh", "-c", "cat; echo done >&2; exit 3");

        assertThat(result.code()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("hello\n");
        assertThat(result.err()).isEqualTo("done\n");
        RecordedRequest upgrade = upgrade();
        assertThat(upgrade.getHeader("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(upgrade.getHeader("Sec-WebSocket-Protocol")).contains("v5.channel.k8s.io", "v4.channel.k8s.io");
    }

    @Test
    void withoutAnInstanceTheFirstReadyOneIsUsedAndATtyNeedsATerminalForInput() throws Exception {
        server.expect().get().withPath("/api/v1/systems/demo/apps/hello/instances").andReturn(200, """
                [{"id": "hello-0", "ready": false}, {"id": "hello-1", "ready": true}, {"id": "hello-2", "ready": true}]""")
                .once();
        server.expect().get().withPath(EXEC + "?command=sh&stdin=true")
                .andUpgradeToWebSocket().open()
                .expect(sent(0, "exit\n")).andEmit(frame(3, "{\"metadata\":{},\"status\":\"Success\"}")).once()
                .done().once();

        Result result = wharf("exit\n", "exec", "-it", "demo/hello", "--", "sh");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("not a terminal; running without a TTY");
        assertThat(upgrade().getPath()).isEqualTo(EXEC + "?command=sh&stdin=true");
    }

    @Test
    void anEndThatIsNotTheCommandsIsAnErrorWithTheServersWords() {
        server.expect().get().withPath(EXEC + "?command=sh&stdin=true")
                .andUpgradeToWebSocket().open()
                .immediately().andEmit(frame(3, """
                        {"metadata":{},"status":"Failure","message":"no input or output for 10m","reason":"Timeout"}"""))
                .done().once();

        Result result = wharf("", "exec", "-i", "demo/hello", "hello-1", "--", "sh");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("error: no input or output for 10m");
    }

    @Test
    void aRefusedHandshakeIsReportedAsTheServersProblem() {
        server.expect().get().withPath(EXEC + "?command=sh&stdin=true").andReturn(404, """
                {"title":"Not found","status":404,"detail":"instance hello-1 of app demo/hello does not exist"}""").once();

        Result result = wharf("", "exec", "-i", "demo/hello/hello-1", "--", "sh");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("error: Not found");
    }

    @Test
    void anAppWithoutAReadyInstanceIsSaidAndNothingIsRun() {
        server.expect().get().withPath("/api/v1/systems/demo/apps/hello/instances").andReturn(200, """
                [{"id": "hello-0", "ready": false}]""").once();

        Result result = wharf("", "exec", "-it", "demo/hello", "--", "sh");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("app demo/hello has no ready instance").contains("wharf ps demo/hello");
    }

    @Test
    void aTimeoutGoesWithoutInteractiveFlags() {
        Result result = wharf("", "exec", "-it", "demo/hello/hello-1", "--timeout", "1m", "--", "sh");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--timeout goes without -i and -t");
        assertThat(server.getRequestCount()).isZero();
    }
}
