package io.wharf.runtime.kubernetes;

import static io.wharf.testkit.kubernetes.ChannelFrames.frame;
import static io.wharf.testkit.kubernetes.ChannelFrames.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.wharf.engine.runtime.Heard;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.TerminalSize;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A terminal in a pod through the fabric8 mock API server, which plays the API server's side of
 * {@code pods/exec} (v4.channel.k8s.io) from expectations: each frame it expects from Wharf, byte for
 * byte, is answered with the frame an API server would send, and a frame it does not expect closes
 * the connection (1002), so a session that reaches its exit status sent exactly what was expected.
 */
class PodTerminalIT {
    private static final String EXEC = "/api/v1/namespaces/shop/pods/web-1/exec?";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
    private final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
            new KubernetesMixedDispatcher(expectations), false);
    private final KubernetesClient client;
    private final Pod pod;

    PodTerminalIT() {
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        pod = client.pods().inNamespace("shop").resource(new PodBuilder()
                .withNewMetadata().withName("web-1").withNamespace("shop").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("registry.example/shop/web:1").endContainer()
                .endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True").endCondition()
                .endStatus().build()).create();
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void inputGoesOnChannelZeroSizesOnChannelFourAndTheExitStatusEndsTheSession() throws Exception {
        server.expect().get().withPath(EXEC + "command=sh&container=app&tty=true&stdin=true&stdout=true")
                .andUpgradeToWebSocket().open()
                .expect(sent(4, "{\"Width\":80,\"Height\":24}")).andEmit(frame(1, "$ ")).once()
                .expect(sent(0, "echo hi\n")).andEmit(frame(1, "echo hi\r\nhi\r\n$ ")).once()
                .expect(sent(4, "{\"Width\":100,\"Height\":30}")).andEmit(frame(1, "")).once() // prints nothing
                .expect(sent(0, "stty size\n")).andEmit(frame(1, "stty size\r\n30 100\r\n$ ")).once()
                .expect(sent(0, "exit 3\n")).andEmit(frame(3, """
                        {"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: exit status 3",\
                        "reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}""")).once()
                .done().once();
        Heard heard = new Heard();

        try (TerminalSession shell = PodTerminal.open(client, "idc-1", pod, new TerminalRequest(List.of("sh"), true, true,
                new TerminalSize(80, 24)), heard).orElseThrow()) {
            await().atMost(PATIENCE).until(() -> heard.output().equals("$ "));
            shell.write(text("echo hi\n"));
            await().atMost(PATIENCE).until(() -> heard.output().endsWith("hi\r\n$ "));
            shell.resize(new TerminalSize(100, 30));
            shell.write(text("stty size\n"));
            await().atMost(PATIENCE).until(() -> heard.output().contains("30 100"));
            shell.write(text("exit 3\n"));

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(3);
        }
        assertThat(heard.output()).isEqualTo("$ echo hi\r\nhi\r\n$ stty size\r\n30 100\r\n$ ");
    }

    @Test
    void withoutATerminalOutputAndErrorComeApartAndASuccessIsExitCodeZero() throws Exception {
        server.expect().get().withPath(EXEC + "command=sh&command=-c&command=cat%3B%20echo%20done%20%3E%262"
                        + "&container=app&stdin=true&stdout=true&stderr=true")
                .andUpgradeToWebSocket().open()
                .expect(sent(0, "x\n")).andEmit(frame(1, "x\n")).once()
                .expectSentWebSocketMessage(sent(1, "x\n")).andEmit(frame(2, "done\n")).once()
                .expectSentWebSocketMessage(sent(2, "done\n")).andEmit(frame(3, "{\"metadata\":{},\"status\":\"Success\"}"))
                .once()
                .done().once();
        Heard heard = new Heard();

        try (TerminalSession command = PodTerminal.open(client, "idc-1", pod, new TerminalRequest(
                List.of("sh", "-c", "cat; echo done >&2"), true, false, null), heard).orElseThrow()) {
            command.write(text("x\n"));

            assertThat(heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
        assertThat(heard.output()).isEqualTo("x\n");
        assertThat(heard.error()).isEqualTo("done\n");
    }

    @Test
    void aCommandTheContainerCannotRunFailsWithTheApiServersMessage() {
        server.expect().get().withPath(EXEC + "command=nope&container=app&tty=true&stdin=true&stdout=true")
                .andUpgradeToWebSocket().open()
                .immediately().andEmit(frame(3, """
                        {"metadata":{},"status":"Failure","message":"exec: \\"nope\\": executable file not found in $PATH",\
                        "reason":"InternalError"}"""))
                .done().once();
        Heard heard = new Heard();

        PodTerminal.open(client, "idc-1", pod, new TerminalRequest(List.of("nope"), true, true, null), heard).orElseThrow();

        assertThatThrownBy(() -> heard.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("idc-1")
                .hasMessageContaining("executable file not found");
    }

    @Test
    void aPodThatIsGoneOpensNothing() {
        client.pods().inNamespace("shop").withName("web-1").delete();

        assertThat(PodTerminal.open(client, "idc-1", pod, new TerminalRequest(List.of("sh"), true, true, null), new Heard()))
                .isEmpty();
    }
}
