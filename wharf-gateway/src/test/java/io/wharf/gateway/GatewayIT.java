package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayIT {

    static {
        LeakCounter.install();
    }

    private static final String HOST = "hello.demo.wharf.localhost";

    private final Routes routes = new Routes();
    private TestBackend one;
    private TestBackend two;
    private TestBackend three;
    private Gateway gateway;
    private RawHttpClient client;

    @BeforeEach
    void start() throws Exception {
        one = new TestBackend("one");
        two = new TestBackend("two");
        three = new TestBackend("three");
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN,
                List.of(one.backend(), two.backend(), three.backend()));
        GatewaySettings d = GatewaySettings.defaults();
        gateway = Gateway.start(new GatewaySettings("127.0.0.1", 0, d.domain(), 2, d.maxHeaderBytes(),
                d.maxBodyBytes(), d.idleTimeout(), d.connectTimeout(), Duration.ofSeconds(10)), routes);
        client = new RawHttpClient(gateway.port());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        gateway.close();
        one.close();
        two.close();
        three.close();
        assertThat(LeakCounter.leaks()).as("buffers leaked").isZero();
    }

    @Test
    void the_gateway_runs_on_the_transport_this_test_run_asked_for_where_the_kernel_has_it() {
        String asked = System.getProperty(Transports.PROPERTY, "io_uring");
        boolean supported = asked.equals("io_uring") ? IoUring.isAvailable()
                : !asked.equals("epoll") || Epoll.isAvailable();

        assertThat(gateway.transport()).isEqualTo(supported ? asked : Transports.detect(asked).name());
    }

    @Test
    void keep_alive_requests_are_spread_over_all_backends() throws Exception {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            RawHttpClient.Response response = client.get(HOST, "/");
            assertThat(response.status()).isEqualTo(200);
            answers.merge(response.text(), 1, Integer::sum);
        }

        assertThat(answers).containsOnlyKeys("one", "two", "three");
        assertThat(answers.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(60));
        assertThat(gateway.counters("demo", "hello").requests()).isEqualTo(300);
        assertThat(gateway.counters("demo", "hello").responses(2)).isEqualTo(300);
    }

    @Test
    void a_stopped_backend_causes_no_failures_because_requests_are_retried() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(client.get(HOST, "/").status()).isEqualTo(200);
        }
        two.close();

        int failures = 0;
        for (int i = 0; i < 100; i++) {
            RawHttpClient.Response response = client.get(HOST, "/");
            if (response.status() != 200 || response.text().equals("two")) {
                failures++;
            }
        }

        assertThat(failures).isZero();
    }

    @Test
    void a_five_megabyte_chunked_post_reaches_the_backend_intact() throws Exception {
        byte[] body = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(body);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));

        RawHttpClient.Response response = client.send("POST", HOST, "/upload", body, true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).endsWith(" " + body.length + " " + sha);
    }

    @Test
    void forwarded_headers_arrive_at_the_backend() throws Exception {
        client.get(HOST + ":7080", "/", "X-Forwarded-For: 10.1.2.3");
        client.get(HOST + ":7080", "/", "X-Forwarded-For: 10.1.2.3");
        client.get(HOST + ":7080", "/", "X-Forwarded-For: 10.1.2.3");

        for (TestBackend backend : List.of(one, two, three)) {
            assertThat(backend.lastForwardedFor.get()).as("replaced: the client is no trusted proxy")
                    .isEqualTo("127.0.0.1");
            assertThat(backend.lastForwardedHost.get()).isEqualTo(HOST + ":7080");
        }
    }

    @Test
    void a_new_backend_list_takes_effect_at_once() throws Exception {
        assertThat(client.get(HOST, "/").status()).isEqualTo(200);

        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(three.backend()));

        for (int i = 0; i < 20; i++) {
            assertThat(client.get(HOST, "/").text()).isEqualTo("three");
        }
    }

    @Test
    void unknown_hosts_and_apps_without_backends_get_problems() throws Exception {
        routes.setApp("demo", "empty", List.of(), Balancing.LEAST_CONNECTIONS, List.of());

        RawHttpClient.Response unknown = client.get("nope.demo.wharf.localhost", "/");
        RawHttpClient.Response empty = client.get("empty.demo.wharf.localhost", "/");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(empty.status()).isEqualTo(503);
        assertThat(empty.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(empty.text()).contains("app demo/empty");
    }

    @Test
    void a_backend_that_refuses_connections_gives_502() throws Exception {
        Backend dead = three.backend();
        three.close();
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(dead));

        RawHttpClient.Response response = client.get(HOST, "/");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.text()).contains("app demo/hello");
    }

    @Test
    void a_chunked_response_streams_through_to_the_client() throws Exception {
        RawHttpClient.Response response = client.get(HOST, "/stream");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("transfer-encoding", "chunked");
        assertThat(response.text().lines()).hasSize(1000).last().asString().endsWith(" line 999");
        assertThat(client.get(HOST, "/").status()).as("the connection is still usable").isEqualTo(200);
    }

    @Test
    void an_http10_client_gets_a_chunked_response_as_plain_data_ended_by_closing_the_connection() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /stream HTTP/1.0\r\nHost: " + HOST + "\r\nConnection: keep-alive\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
            assertThat(head).startsWith("http/1.1 200").contains("connection: close").doesNotContain("transfer-encoding");
            List<String> lines = answer.substring(split + 4).lines().toList();
            assertThat(lines).hasSize(1000).allMatch(line -> line.contains(" line "));
            assertThat(lines.get(999)).endsWith(" line 999");
        }
    }

    @Test
    void an_http10_client_whose_answer_breaks_off_gets_a_reset_not_an_end_it_would_take_for_the_whole_body()
            throws Exception {
        try (ClosingBackend breaking = new ClosingBackend("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n")) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(breaking.backend()));

            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(("GET / HTTP/1.0\r\nHost: " + HOST + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

                assertThatThrownBy(() -> socket.getInputStream().readAllBytes())
                        .isInstanceOf(java.net.SocketException.class).hasMessageContaining("reset");
            }
        }
    }

    @Test
    void a_backend_that_does_not_answer_gives_504() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Gateway quick = startGateway(Duration.ofSeconds(60), Duration.ofMillis(300));
             RawHttpClient quickClient = new RawHttpClient(quick.port())) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN,
                    List.of(new Backend("silent", "127.0.0.1", silent.getLocalPort())));

            RawHttpClient.Response response = quickClient.get(HOST, "/");

            assertThat(response.status()).isEqualTo(504);
            assertThat(response.text()).contains("app demo/hello", "300 ms");
            assertThat(quick.counters("demo", "hello").responses(5)).isEqualTo(1);
        }
    }

    @Test
    void an_idle_client_connection_is_closed_after_the_idle_timeout() throws Exception {
        try (Gateway quick = startGateway(Duration.ofMillis(300), Duration.ofSeconds(10));
             Socket socket = new Socket("127.0.0.1", quick.port())) {
            socket.setSoTimeout(5000);
            long start = System.nanoTime();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200),
                    Duration.ofSeconds(4));
        }
    }

    @Test
    void a_get_whose_backend_dies_mid_body_gets_the_whole_answer_of_another_backend() throws Exception {
        try (ClosingBackend cut = new ClosingBackend("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf an")) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(cut.backend(), one.backend()));

            for (int i = 0; i < 6; i++) {
                RawHttpClient.Response response = client.get(HOST, "/");
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.text()).isEqualTo("one");
            }

            assertThat(cut.connections).hasValueGreaterThanOrEqualTo(3);
            assertThat(gateway.counters("demo", "hello").responses(2)).isEqualTo(6);
            assertThat(gateway.counters("demo", "hello").requests()).isEqualTo(6);
        }
    }

    @Test
    void a_held_response_that_arrives_in_many_reads_reaches_the_client_whole() throws Exception {
        String body = "0123456789".repeat(6000);
        try (ClosingBackend big = new ClosingBackend("HTTP/1.1 200 OK\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body)) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(big.backend(), one.backend()));

            List<String> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RawHttpClient.Response response = client.get(HOST, "/");
                assertThat(response.status()).isEqualTo(200);
                answers.add(response.text());
            }

            assertThat(answers).contains(body).allSatisfy(answer -> assertThat(answer).isIn("one", body));
        }
    }

    @Test
    void a_post_whose_backend_dies_mid_body_is_not_retried_and_its_client_gets_the_cut_answer() throws Exception {
        try (ClosingBackend cut = new ClosingBackend("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf an")) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(cut.backend(), one.backend()));

            RawHttpClient.Response response = client.send("POST", HOST, "/", "x".getBytes(), false);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("half an");
            assertThat(cut.connections).hasValue(1);
            assertThat(one.hits).hasValue(0);
        }
    }

    @Test
    void websocket_messages_echo_through_the_gateway_and_closing_the_client_closes_the_backend_connection()
            throws Exception {
        try (WebSocketBackend echo = new WebSocketBackend()) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(echo.backend()));

            try (WebSocketTestClient socket = new WebSocketTestClient(gateway.port(), URI.create("ws://" + HOST + "/ws"))) {
                assertThat(socket.handshakeCompleted()).isTrue();
                for (int i = 0; i < 3; i++) {
                    socket.send("hello " + i + " " + "x".repeat(i * 30_000));
                    assertThat(socket.received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo: hello " + i + " "
                            + "x".repeat(i * 30_000));
                }
                assertThat(echo.open).hasValue(1);
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> echo.open.get() == 0);
            assertThat(echo.accepted).hasValue(1);
            assertThat(gateway.counters("demo", "hello").responses(1)).isEqualTo(1);
        }
    }

    @Test
    void a_backend_hanging_up_a_websocket_closes_the_client_connection() throws Exception {
        try (WebSocketBackend echo = new WebSocketBackend();
             WebSocketTestClient socket = new WebSocketTestClient(gateway.port(), URI.create("ws://" + HOST + "/ws"))) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(echo.backend()));
            assertThat(socket.handshakeCompleted()).isTrue();

            socket.send("bye");

            await().atMost(Duration.ofSeconds(5)).until(() -> !socket.isOpen());
        }
    }

    @Test
    void what_a_backend_sends_right_behind_its_101_reaches_the_client() throws Exception {
        try (ClosingBackend upgrading = new ClosingBackend("HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\n"
                + "Connection: Upgrade\r\n\r\nhello from the new protocol")) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(upgrading.backend()));

            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(("GET /up HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: Upgrade\r\n"
                        + "Upgrade: test\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

                assertThat(answer).startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                        .endsWith("\r\n\r\nhello from the new protocol");
            }
        }
    }

    @Test
    void an_upgrade_request_the_backend_does_not_upgrade_gets_an_ordinary_response() throws Exception {
        RawHttpClient.Response refused = client.get(HOST, "/", "Connection: Upgrade", "Upgrade: websocket");
        RawHttpClient.Response next = client.get(HOST, "/");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void a_pooled_connection_the_backend_closed_is_not_reused() throws Exception {
        try (ClosingBackend closing = new ClosingBackend()) {
            routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(closing.backend()));

            for (int i = 0; i < 5; i++) {
                RawHttpClient.Response response = client.send("POST", HOST, "/", "x".getBytes(), false);
                assertThat(response.status()).isEqualTo(200);
                Thread.sleep(100);
            }

            assertThat(closing.connections).hasValue(5);
        }
    }

    @Test
    void the_request_body_is_streamed_to_the_backend_before_the_client_finished_sending() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            await().atMost(Duration.ofSeconds(5)).until(() -> one.hits.get() + two.hits.get() + three.hits.get() == 1);

            out.write("6\r\n world\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(5000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200").contains(" 11 ");
        }
    }

    @Test
    void a_chunked_body_over_the_limit_gets_413_and_the_connection_is_closed() throws Exception {
        GatewaySettings d = GatewaySettings.defaults();
        try (Gateway small = Gateway.start(new GatewaySettings("127.0.0.1", 0, d.domain(), 1, d.maxHeaderBytes(),
                1024 * 1024, d.idleTimeout(), d.connectTimeout(), d.responseTimeout()), routes);
             RawHttpClient smallClient = new RawHttpClient(small.port())) {

            RawHttpClient.Response tooLong = smallClient.send("POST", HOST, "/", new byte[1024 * 1024 + 1], false);
            RawHttpClient.Response tooChunky = smallClient.send("POST", HOST, "/", new byte[2 * 1024 * 1024], true);
            RawHttpClient.Response fits = smallClient.send("POST", HOST, "/", new byte[1024 * 1024], true);

            assertThat(tooLong.status()).isEqualTo(413);
            assertThat(tooChunky.status()).isEqualTo(413);
            assertThat(tooChunky.headers()).containsEntry("connection", "close");
            assertThat(fits.status()).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_half_closes_after_its_request_still_gets_the_answer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            socket.setSoTimeout(5000);

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answer).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void pipelined_requests_are_answered_in_order() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            String request = "GET / HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n";
            socket.getOutputStream().write((request + request + request).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(5000);

            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(5);
        }
    }

    @Test
    void a_post_is_not_retried_but_gets_502_when_its_backend_refuses() throws Exception {
        Backend dead = two.backend();
        two.close();
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(dead, one.backend()));

        RawHttpClient.Response response = client.send("POST", HOST, "/", "data".getBytes(), false);
        RawHttpClient.Response next = client.send("POST", HOST, "/", "data".getBytes(), false);

        assertThat(List.of(response.status(), next.status())).containsExactlyInAnyOrder(502, 200);
        assertThat(one.hits).hasValue(1);
    }

    private Gateway startGateway(Duration idle, Duration response) {
        GatewaySettings d = GatewaySettings.defaults();
        return Gateway.start(new GatewaySettings("127.0.0.1", 0, d.domain(), 1, d.maxHeaderBytes(),
                d.maxBodyBytes(), idle, d.connectTimeout(), response), routes);
    }

    @Test
    void counters_carry_body_bytes_latency_and_no_exchange_left_open() throws Exception {
        byte[] upload = new byte[1000];
        RawHttpClient.Response posted = client.send("POST", HOST, "/", upload, false);
        RawHttpClient.Response streamed = client.get(HOST, "/stream");

        AppCounters counters = gateway.counters("demo", "hello");
        assertThat(counters.bytesReceived()).isEqualTo(1000);
        assertThat(counters.bytesSent()).isEqualTo(posted.body().length + streamed.body().length);
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(counters.openExchanges()).isZero());
        assertThat(counters.latencySecondsSum()).isPositive();
        assertThat(java.util.Arrays.stream(counters.latencyCounts()).sum()).isEqualTo(2);
    }
}
