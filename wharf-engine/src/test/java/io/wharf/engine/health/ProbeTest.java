package io.wharf.engine.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.wharf.model.HealthCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeTest {
    private static final String HOST = "127.0.0.1";
    private HttpServer http;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startHttpServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " Host: "
                    + exchange.getRequestHeaders().getFirst("Host"));
            String path = exchange.getRequestURI().getPath();
            int status = path.startsWith("/status/") ? Integer.parseInt(path.substring("/status/".length())) : 200;
            if (status / 100 == 3) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stopHttpServer() {
        http.stop(0);
    }

    private int httpPort() {
        return http.getAddress().getPort();
    }

    private static HealthCheck http(String path) {
        return HealthCheck.http(path);
    }

    @ParameterizedTest
    @CsvSource({"200, true", "204, true", "301, true", "302, true", "404, false", "500, false", "503, false"})
    void anHttpCheckPassesOnASuccessOrRedirectStatusOnly(int status, boolean ready) {
        assertThat(Probe.check(http("/status/" + status), HOST, httpPort())).isEqualTo(ready);
    }

    @Test
    void anHttpCheckAsksForItsPathWithTheAddressAsHost() {
        assertThat(Probe.check(http("/healthz?deep=1"), HOST, httpPort())).isTrue();

        assertThat(requests).containsExactly("GET /healthz?deep=1 Host: " + HOST + ":" + httpPort());
    }

    @Test
    void anHttpCheckAgainstAClosedPortFails() throws IOException {
        assertThat(Probe.check(http("/"), HOST, closedPort())).isFalse();
    }

    @Test
    void aTcpCheckPassesWhenThePortAcceptsConnections() throws IOException {
        try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(Probe.check(HealthCheck.tcp(), HOST, open.getLocalPort())).isTrue();
        }
    }

    @Test
    void aTcpCheckFailsWhenNothingListens() throws IOException {
        assertThat(Probe.check(HealthCheck.tcp(), HOST, closedPort())).isFalse();
    }

    @Test
    void anHttpCheckFailsWhenTheServerAcceptsButNeverAnswersAndDoesNotHang() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Probe.check(http("/"), HOST, silent.getLocalPort()));

            assertThat(ok).isFalse();
        }
    }

    @Test
    void anHttpCheckFailsWhenThePortSpeaksAnotherProtocol() throws Exception {
        assertThat(probeAgainstRawServer("SSH-2.0-OpenSSH_9.2\r\n")).isFalse();
    }

    @Test
    void anHttpCheckFailsWhenTheConnectionClosesBeforeAFullStatusLine() throws Exception {
        assertThat(probeAgainstRawServer("HTTP/1.1")).isFalse();
    }

    @Test
    void anHttpCheckUnderstandsAnHttp10Answer() throws Exception {
        assertThat(probeAgainstRawServer("HTTP/1.0 200 OK\r\n\r\n")).isTrue();
    }

    @Test
    void theAnswerOfAFailingHttpCheckNamesTheStatus() {
        ProbeAnswer answer = Probe.answer(http("/status/404"), HOST, httpPort());

        assertThat(answer.kind()).isEqualTo(ProbeAnswer.Kind.FAILING_STATUS);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.describe()).isEqualTo("answered 404");
    }

    @Test
    void theAnswerOfAPassingHttpCheckHasItsStatus() {
        assertThat(Probe.answer(http("/status/204"), HOST, httpPort()))
                .isEqualTo(new ProbeAnswer(ProbeAnswer.Kind.PASSED, 204, null));
    }

    @Test
    void theAnswerWhenNothingListensIsAConnectionRefused() throws IOException {
        ProbeAnswer answer = Probe.answer(HealthCheck.tcp(), HOST, closedPort());

        assertThat(answer.kind()).isEqualTo(ProbeAnswer.Kind.REFUSED);
        assertThat(answer.describe()).isEqualTo("could not connect (connection refused)");
    }

    @Test
    void theAnswerOfAServerThatNeverAnswersIsATimeoutOfTheCheck() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ProbeAnswer answer = Probe.answer(http("/"), HOST, silent.getLocalPort());

            assertThat(answer.kind()).isEqualTo(ProbeAnswer.Kind.TIMEOUT);
            assertThat(answer.describe()).isEqualTo("got no answer within 1 s");
        }
    }

    /** Serves one connection with a fixed answer, whatever was asked, then closes it. */
    private static boolean probeAgainstRawServer(String answer) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] buffer = new byte[1024];
                    in.read(buffer);
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException ignored) {
                    // the probe went away
                }
            });
            serve.setDaemon(true);
            serve.start();
            boolean ok = Probe.check(http("/"), HOST, server.getLocalPort());
            serve.join(5_000);
            return ok;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
