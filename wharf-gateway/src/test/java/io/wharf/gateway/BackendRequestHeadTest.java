package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BackendRequestHeadTest {

    @Test
    void theConnectionHeaderCannotTakeAwayContentLengthOrHost() {
        HttpRequest request = toBackend("10.0.0.9", false,
                "Connection: content-length, Host, X-Drop", "Content-Length: 5", "X-Drop: 1");

        assertThat(request.headers().get("Content-Length")).isEqualTo("5");
        assertThat(request.headers().get("Host")).isEqualTo("web.demo.wharf.localhost");
        assertThat(request.headers().contains("X-Drop")).isFalse();
        assertThat(request.headers().contains("Connection")).isFalse();
    }

    @Test
    void everyHeaderThatConnectionHeadersNameIsRemovedWhateverTheSpacingAndCase() {
        HttpRequest request = toBackend("10.0.0.9", false,
                "Connection: keep-alive,\tX-Trace ,, close", "Connection: x-other", "X-Trace: 1", "X-Other: 2", "Keep-Alive: 5", "X-Kept: 3");

        assertThat(request.headers().names()).doesNotContain("X-Trace", "X-Other", "Keep-Alive", "Connection")
                .contains("X-Kept");
    }

    @Test
    void theConnectionHeaderCannotTakeAwayChunkedFraming() {
        HttpRequest request = toBackend("10.0.0.9", false,
                "Connection: transfer-encoding", "Transfer-Encoding: chunked");

        assertThat(request.headers().getAll("Transfer-Encoding")).containsExactly("chunked");
    }

    @Test
    void forwardingHeadersOfAnUntrustedClientAreReplaced() {
        HttpRequest request = toBackend("10.0.0.9", false,
                "X-Forwarded-For: 1.2.3.4", "Forwarded: for=1.2.3.4", "X-Forwarded-Host: bank.example", "X-Forwarded-Proto: https");

        assertThat(request.headers().getAll("X-Forwarded-For")).containsExactly("10.0.0.9");
        assertThat(request.headers().getAll("Forwarded"))
                .containsExactly("for=10.0.0.9;proto=http;host=\"web.demo.wharf.localhost\"");
        assertThat(request.headers().getAll("X-Forwarded-Host")).containsExactly("web.demo.wharf.localhost");
        assertThat(request.headers().getAll("X-Forwarded-Proto")).containsExactly("http");
    }

    @Test
    void whatOnlyAProxyMaySayAboutTheClientIsRemovedFromAnUntrustedOne() {
        HttpRequest request = toBackend("10.0.0.9", false,
                "X-Real-IP: 1.2.3.4", "X-Forwarded-Port: 443", "X-Forwarded-Ssl: on", "X-Forwarded-Prefix: /admin",
                "True-Client-IP: 1.2.3.4");

        assertThat(request.headers().names()).doesNotContain("X-Real-IP", "X-Forwarded-Port", "X-Forwarded-Ssl",
                "X-Forwarded-Prefix", "True-Client-IP");
    }

    @Test
    void forwardingHeadersOfATrustedProxyAreAppendedTo() {
        HttpRequest request = toBackend("::1", true,
                "X-Forwarded-For: 1.2.3.4", "Forwarded: for=1.2.3.4", "X-Forwarded-Host: shop.example",
                "X-Forwarded-Proto: https");

        assertThat(request.headers().getAll("X-Forwarded-For")).containsExactly("1.2.3.4, ::1");
        assertThat(request.headers().getAll("Forwarded"))
                .containsExactly("for=1.2.3.4, for=\"[::1]\";proto=http;host=\"web.demo.wharf.localhost\"");
        assertThat(request.headers().getAll("X-Forwarded-Host")).containsExactly("shop.example");
        assertThat(request.headers().getAll("X-Forwarded-Proto")).containsExactly("https");
    }

    @Test
    void theRequestLineGoesOnAsHttp11WithItsTargetAndTheOtherLinesAsTheyCameButExpect() {
        HttpRequest request = toBackend("GET /a/b?c=d%20e HTTP/1.0", "10.0.0.9", false,
                "Expect: 100-continue", "X-Kept:  spaced value ", "accept: */*");

        assertThat(request.method().name()).isEqualTo("GET");
        assertThat(request.uri()).isEqualTo("/a/b?c=d%20e");
        assertThat(request.headers().contains("Expect")).isFalse();
        assertThat(request.headers().get("X-Kept")).isEqualTo("spaced value");
        assertThat(request.headers().get("Accept")).isEqualTo("*/*");
    }

    @Test
    void anUpgradeRequestKeepsItsUpgradeAndSaysSoInItsOwnConnectionHeader() {
        HttpRequest request = toBackend("GET /ws HTTP/1.1", "10.0.0.9", false,
                "Connection: keep-alive, Upgrade", "Upgrade: websocket", "Sec-WebSocket-Key: abc");

        assertThat(request.headers().getAll("Upgrade")).containsExactly("websocket");
        assertThat(request.headers().getAll("Connection")).containsExactly("upgrade");
        assertThat(request.headers().get("Sec-WebSocket-Key")).isEqualTo("abc");
    }

    /** The head a backend gets for a POST with these header lines ("Name: value"), read back by Netty. */
    private static HttpRequest toBackend(String clientIp, boolean trusted, String... lines) {
        return toBackend("POST / HTTP/1.1", clientIp, trusted, lines);
    }

    private static HttpRequest toBackend(String requestLine, String clientIp, boolean trusted, String... lines) {
        String raw = requestLine + "\r\nHost: web.demo.wharf.localhost\r\n" + String.join("\r\n", lines)
                + "\r\n\r\n";
        ByteBuf bytes = Unpooled.copiedBuffer(raw, StandardCharsets.ISO_8859_1);
        RequestHead head = RequestHead.parse(bytes, 8192, 16384);
        ClientRequest request = ClientRequest.of(bytes, head);
        ByteBuf written = BackendRequestHead.write(request, UnpooledByteBufAllocator.DEFAULT, clientIp,
                BackendRequestHead.forwarded(clientIp, "web.demo.wharf.localhost"), trusted);
        request.release();
        EmbeddedChannel decoder = new EmbeddedChannel(new HttpRequestDecoder());
        decoder.writeInbound(written);
        HttpRequest decoded = decoder.readInbound();
        assertThat(decoded.decoderResult().isSuccess()).isTrue();
        assertThat(decoded.protocolVersion()).isEqualTo(HttpVersion.HTTP_1_1);
        decoder.finishAndReleaseAll();
        return decoded;
    }
}
