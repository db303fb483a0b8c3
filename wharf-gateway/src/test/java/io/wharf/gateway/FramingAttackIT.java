package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Request smuggling attempts on a keep-alive connection, in bytes on the wire, against one pooled backend. */
class FramingAttackIT {

    static {
        LeakCounter.install();
    }

    private static final String HOST = "hello.demo.wharf.localhost";
    private static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n";
    private static final String POST = "POST /attack HTTP/1.1\r\nHost: " + HOST + "\r\n";

    private final Routes routes = new Routes();
    private TestBackend backend;
    private Gateway gateway;

    @BeforeEach
    void start() throws Exception {
        backend = new TestBackend("one");
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(backend.backend()));
        gateway = Gateway.start(GatewaySettings.defaults().withTrustedProxies(List.of("127.0.0.3")).withPort(0), routes);
    }

    @AfterEach
    void stop() {
        gateway.close();
        backend.close();
        assertThat(LeakCounter.leaks()).as("buffers leaked").isZero();
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("both lengths", POST + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
                Arguments.of("two lengths", POST + "Content-Length: 0\r\nContent-Length: " + SMUGGLED.length()
                        + "\r\n\r\n"),
                Arguments.of("a list of lengths", POST + "Content-Length: 0, " + SMUGGLED.length() + "\r\n\r\n"),
                Arguments.of("chunked, identity", POST + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n"),
                Arguments.of("xchunked", POST + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n"),
                Arguments.of("a folded length", POST + "X-Fold: a\r\n Content-Length: " + SMUGGLED.length() + "\r\n\r\n"),
                Arguments.of("bare LFs", "POST /attack HTTP/1.1\nHost: " + HOST + "\nContent-Length: 0\n\n"),
                Arguments.of("two hosts", POST + "Host: other.demo.wharf.localhost\r\n\r\n"),
                Arguments.of("a long request line", "GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n"),
                Arguments.of("a long header", POST + "X-Big: " + "b".repeat(20_000) + "\r\n\r\n"),
                Arguments.of("a bare LF in a chunk line", POST + "Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n"),
                Arguments.of("a chunk longer than its size", POST + "Transfer-Encoding: chunked\r\n\r\n1\r\nhello\r\n0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anAttackIsRefusedItsConnectionClosedAndOtherClientsGetOnlyTheirOwnAnswers(String name, String attack)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "GET /first HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n");
            assertThat(RawHttpClient.read(socket.getInputStream(), false).headers()).containsEntry("x-path", "/first");

            send(socket, attack + SMUGGLED);
            List<RawHttpClient.Response> after = readUntilClosed(socket.getInputStream());

            assertThat(after).as("answers after the attack").hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(response -> assertThat(response.status()).isIn(400, 414, 431));
        }
        List<String> accepted = new ArrayList<>(List.of("GET /first host=" + HOST + " body=0"));
        accepted.addAll(normalRequestsOfThreeClients());

        assertThat(backend.requests).noneMatch(request -> request.contains("/smuggled"))
                .noneMatch(request -> request.contains("/attack"))
                .containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void aConnectionHeaderNamingContentLengthOrHostChangesNeitherWhatTheBackendReads() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(10_000);
            send(socket, POST + "Connection: content-length\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n"
                    + SMUGGLED);
            RawHttpClient.Response post = RawHttpClient.read(socket.getInputStream(), false);
            send(socket, "GET /host HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: host\r\n\r\n");
            RawHttpClient.Response get = RawHttpClient.read(socket.getInputStream(), false);

            assertThat(post.headers()).containsEntry("x-path", "/attack");
            assertThat(get.headers()).containsEntry("x-path", "/host");
        }
        List<String> accepted = normalRequestsOfThreeClients();

        assertThat(backend.requests).containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of(
                "POST /attack host=" + HOST + " body=" + SMUGGLED.length(), "GET /host host=" + HOST + " body=0"),
                accepted.stream()).toList());
    }

    @Test
    void forwardingHeadersAreReplacedUnlessTheClientIsATrustedProxy() throws Exception {
        try (RawHttpClient stranger = new RawHttpClient(gateway.port(), InetAddress.getByName("127.0.0.2"));
             RawHttpClient proxy = new RawHttpClient(gateway.port(), InetAddress.getByName("127.0.0.3"))) {
            stranger.get(HOST, "/", "X-Forwarded-For: 10.9.9.9");
            String fromStranger = backend.lastForwardedFor.get();
            proxy.get(HOST, "/", "X-Forwarded-For: 10.9.9.9");
            String fromProxy = backend.lastForwardedFor.get();

            assertThat(fromStranger).isEqualTo("127.0.0.2");
            assertThat(fromProxy).isEqualTo("10.9.9.9, 127.0.0.3");
        }
    }

    /** Three clients send five requests each, interleaved; each must get the answer to its own. */
    private List<String> normalRequestsOfThreeClients() throws IOException {
        List<String> sent = new ArrayList<>();
        List<RawHttpClient> clients = List.of(new RawHttpClient(gateway.port()), new RawHttpClient(gateway.port()),
                new RawHttpClient(gateway.port()));
        try {
            for (int i = 0; i < 5; i++) {
                for (int c = 0; c < clients.size(); c++) {
                    String path = "/client-" + c + "-" + i;
                    RawHttpClient.Response response = i % 2 == 0 ? clients.get(c).get(HOST, path)
                            : clients.get(c).send("POST", HOST, path, "body".getBytes(StandardCharsets.UTF_8), c == 1);
                    assertThat(response.status()).isEqualTo(200);
                    assertThat(response.headers()).containsEntry("x-path", path);
                    sent.add((i % 2 == 0 ? "GET " : "POST ") + path + " host=" + HOST + " body=" + (i % 2 == 0 ? 0 : 4));
                }
            }
        } finally {
            for (RawHttpClient client : clients) {
                client.close();
            }
        }
        return sent;
    }

    private static void send(Socket socket, String bytes) throws IOException {
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    private static List<RawHttpClient.Response> readUntilClosed(InputStream in) {
        List<RawHttpClient.Response> responses = new ArrayList<>();
        while (true) {
            try {
                responses.add(RawHttpClient.read(in, false));
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("the gateway kept the connection open after the attack", stillOpen);
            } catch (IOException closed) {
                return responses;
            }
        }
    }
}
