package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProxyFrontendHandlerTest {

    private final BackendHealth health = new BackendHealth(System::nanoTime);
    private final Routes routes = new Routes();
    private final GatewaySettings settings = GatewaySettings.defaults();
    private final EmbeddedChannel channel = new EmbeddedChannel(new FrontendInitializer(new GatewayContext(
            settings, routes, health, new BackendPools(settings, Transports.detect(), health, routes))));

    static {
        LeakCounter.install();
    }

    @BeforeAll
    static void paranoidLeakDetection() {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void nothingLeftBehind() {
        channel.finishAndReleaseAll();
        assertThat(LeakCounter.leaks()).isZero();
    }

    @Test
    void the_leak_counter_sees_a_deliberate_leak() {
        for (int i = 0; i < 10; i++) {
            io.netty.buffer.PooledByteBufAllocator.DEFAULT.buffer(16).writeInt(i);
        }
        assertThat(LeakCounter.leaks()).isPositive();
        LeakCounter.leaks();
        LeakCounter.reset();
    }

    @Test
    void an_unknown_host_gets_404_problem_json() {
        Answer answer = send("GET / HTTP/1.1\r\nHost: nope.demo.wharf.localhost\r\n\r\n");

        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.contentType).isEqualTo("application/problem+json");
        assertThat(answer.body).contains("\"type\":\"about:blank\"", "\"status\":404", "nope.demo.wharf.localhost");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void a_request_without_host_gets_400() {
        Answer answer = send("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n");

        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body).contains("\"status\":400", "no Host header");
    }

    @Test
    void oversized_headers_get_431() {
        String big = "a".repeat(settings.maxHeaderBytes() + 100);

        Answer answer = send("GET / HTTP/1.1\r\nHost: hello.demo.wharf.localhost\r\nX-Big: " + big + "\r\n\r\n");

        assertThat(answer.status).isEqualTo(431);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void an_app_without_backends_gets_503_naming_the_app() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of());

        Answer answer = send("GET / HTTP/1.1\r\nHost: hello.demo.wharf.localhost:7080\r\n\r\n");

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.body).contains("\"status\":503", "app demo/hello");
    }

    @Test
    void garbage_bytes_get_400_and_the_connection_is_closed() {
        Answer answer = send("\u0016\u0003\u0001 definitely not http\r\n\r\n");

        assertThat(answer.status).isEqualTo(400);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void a_body_larger_than_the_limit_gets_413() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(new Backend("i", "127.0.0.1", 9)));

        Answer answer = send("POST / HTTP/1.1\r\nHost: hello.demo.wharf.localhost\r\nContent-Length: "
                + (settings.maxBodyBytes() + 1) + "\r\n\r\n");

        assertThat(answer.status).isEqualTo(413);
        assertThat(answer.contentType).isEqualTo("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousFraming")
    void ambiguous_framing_gets_400_and_the_connection_is_closed(String attack, String raw, String reason) {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(new Backend("i", "127.0.0.1", 9)));

        Answer answer = send(raw);

        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body).contains(reason);
        assertThat(channel.isOpen()).isFalse();
    }

    static Stream<Arguments> ambiguousFraming() {
        String post = "POST / HTTP/1.1\r\nHost: hello.demo.wharf.localhost\r\n";
        String get = "GET / HTTP/1.1\r\nHost: hello.demo.wharf.localhost\r\n";
        return Stream.of(
                Arguments.of("both lengths", post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                        "both Content-Length and Transfer-Encoding"),
                Arguments.of("two Content-Lengths", post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                        "more than one Content-Length"),
                Arguments.of("a Content-Length list", post + "Content-Length: 5, 6\r\n\r\nhello!",
                        "more than one Content-Length"),
                Arguments.of("a signed Content-Length", post + "Content-Length: +5\r\n\r\nhello",
                        "Content-Length is not a number"),
                Arguments.of("gzip then chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
                        "other than exactly chunked"),
                Arguments.of("a chunked look-alike", post + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n",
                        "other than exactly chunked"),
                Arguments.of("chunked twice", post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "0\r\n\r\n", "other than exactly chunked"),
                Arguments.of("chunked in HTTP/1.0", post.replace("HTTP/1.1", "HTTP/1.0")
                        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "not HTTP/1.1"),
                Arguments.of("obsolete line folding", get + "X-Long: a\r\n b\r\n\r\n", "obsolete line folding"),
                Arguments.of("folding with a tab", get + "X-Long: a\r\n\tContent-Length: 5\r\n\r\n",
                        "obsolete line folding"),
                Arguments.of("a bare LF in the head", get + "X-One: 1\nX-Two: 2\r\n\r\n", "bare LF"),
                Arguments.of("bare LFs only", "GET / HTTP/1.1\nHost: hello.demo.wharf.localhost\n\n", "bare LF"),
                Arguments.of("a bare CR", get + "X-One: 1\rX-Two: 2\r\n\r\n", "bare CR"),
                Arguments.of("two Hosts", get + "Host: other.demo.wharf.localhost\r\n\r\n", "more than one Host"),
                Arguments.of("white space before the colon", get + "Content-Length : 5\r\n\r\nhello", "valid name"));

    }

    @Test
    void a_request_line_over_the_limit_gets_414_and_the_connection_is_closed() {
        Answer answer = send("GET /" + "a".repeat(FrontendInitializer.MAX_REQUEST_LINE_BYTES) + " HTTP/1.1\r\n");

        assertThat(answer.status).isEqualTo(414);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void a_head_over_the_limit_gets_431_before_it_is_complete() {
        Answer answer = send("GET / HTTP/1.1\r\nHost: hello.demo.wharf.localhost\r\n"
                + "X-Many: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(settings.maxHeaderBytes() / 32));

        assertThat(answer.status).isEqualTo(431);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void a_head_that_arrives_one_byte_at_a_time_is_read_as_one_request() {
        String request = "GET / HTTP/1.1\r\nHost: nope.demo.wharf.localhost\r\nX-A: b\r\n\r\n";
        for (int i = 0; i < request.length() - 1; i++) {
            channel.writeInbound(Unpooled.copiedBuffer(request.substring(i, i + 1), StandardCharsets.ISO_8859_1));
        }

        Answer answer = send(request.substring(request.length() - 1));

        assertThat(answer.status).isEqualTo(404);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void leading_empty_lines_before_a_request_are_ignored() {
        Answer answer = send("\r\n\r\nGET / HTTP/1.1\r\nHost: nope.demo.wharf.localhost\r\n\r\n");

        assertThat(answer.status).isEqualTo(404);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void the_gateways_own_answer_to_a_head_request_says_its_length_but_sends_no_body() {
        channel.writeInbound(Unpooled.copiedBuffer("HEAD / HTTP/1.1\r\nHost: nope.demo.wharf.localhost\r\n\r\n",
                StandardCharsets.ISO_8859_1));
        StringBuilder written = new StringBuilder();
        ByteBuf out;
        while ((out = channel.readOutbound()) != null) {
            written.append(out.toString(StandardCharsets.ISO_8859_1));
            out.release();
        }

        assertThat(written.toString()).startsWith("HTTP/1.1 404 Not Found\r\n").contains("content-length: ")
                .endsWith("\r\n\r\n");
        assertThat(channel.isOpen()).isTrue();
    }

    private Answer send(String raw) {
        channel.writeInbound(Unpooled.copiedBuffer(raw, StandardCharsets.ISO_8859_1));
        channel.runPendingTasks();
        EmbeddedChannel decoder = new EmbeddedChannel(new HttpClientCodec(), new HttpObjectAggregator(1 << 20));
        decoder.writeOutbound(new io.netty.handler.codec.http.DefaultFullHttpRequest(
                io.netty.handler.codec.http.HttpVersion.HTTP_1_1, io.netty.handler.codec.http.HttpMethod.GET, "/"));
        decoder.releaseOutbound();
        ByteBuf out;
        while ((out = channel.readOutbound()) != null) {
            decoder.writeInbound(out);
        }
        FullHttpResponse response = decoder.readInbound();
        assertThat(response).as("a response").isNotNull();
        try {
            return new Answer(response.status().code(), response.headers().get("content-type"),
                    response.content().toString(StandardCharsets.UTF_8));
        } finally {
            response.release();
            decoder.finishAndReleaseAll();
        }
    }

    private record Answer(int status, String contentType, String body) {
    }
}
