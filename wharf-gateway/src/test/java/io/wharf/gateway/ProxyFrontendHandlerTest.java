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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProxyFrontendHandlerTest {

    private final Routes routes = new Routes();
    private final GatewaySettings settings = GatewaySettings.defaults();
    private final EmbeddedChannel channel = new EmbeddedChannel(new FrontendInitializer(new GatewayContext(
            settings, routes, new BackendHealth(System::nanoTime), new BackendPools(settings, Transports.detect()))));

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
