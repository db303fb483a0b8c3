package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestHeadTest {

    private static RequestHead.Framing read(String head) {
        RequestHead parsed = parse(head);
        return parsed == null ? null : parsed.framing();
    }

    @Test
    void framingHeadersAreFoundInAnyCase() {
        RequestHead.Framing framing = read("POST / HTTP/1.1\r\nhOsT: a\r\nCONTENT-length:  12 \r\n\r\nhello");

        assertThat(framing.headLength()).isEqualTo("POST / HTTP/1.1\r\nhOsT: a\r\nCONTENT-length:  12 \r\n\r\n".length());
        assertThat(framing.bodyLength()).isEqualTo(12);
    }

    @Test
    void anUpgradeNeedsBothTheHeaderAndTheConnectionToken() {
        assertThat(read("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n\r\n")
                .upgrade()).isTrue();
        assertThat(read("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n").upgrade()).isFalse();
    }

    @Test
    void aHeadThatIsNotCompleteYetIsNull() {
        assertThat(read("GET / HTTP/1.1\r\nHost: a\r\n")).isNull();
    }

    @Test
    void listedOrRepeatedContentLengthsAndTwoHostsAreRefused() {
        assertThatThrownBy(() -> read("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\n"))
                .hasMessageContaining("more than one Content-Length");
        assertThatThrownBy(() -> read("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\n"))
                .hasMessageContaining("more than one Content-Length");
        assertThatThrownBy(() -> read("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n"))
                .hasMessageContaining("more than one Host");
        assertThatThrownBy(() -> read("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n"))
                .hasMessageContaining("not a number");
    }

    @Test
    void chunkedIsTakenOnlyAloneAndOnlyInHttp11() {
        assertThat(read("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n").bodyLength())
                .isEqualTo(RequestHead.CHUNKED);
        assertThatThrownBy(() -> read("POST / HTTP/1.0\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"))
                .hasMessageContaining("not HTTP/1.1");
        assertThatThrownBy(() -> read("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"))
                .hasMessageContaining("other than exactly chunked");
    }

    @Test
    void aHeaderNameThatIsNotATokenOrAFoldedLineIsRefused() {
        assertThatThrownBy(() -> read("GET / HTTP/1.1\r\nHo st: a\r\n\r\n")).hasMessageContaining("valid name");
        assertThatThrownBy(() -> read("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n")).hasMessageContaining("folding");
        assertThatThrownBy(() -> read("GET / HTTP/1.1\r\nHost: a\n\r\n")).hasMessageContaining("bare LF");
    }

    @Test
    void aRequestLineMustBeAMethodATargetAndHttp11Or10EachAfterOneSpace() {
        assertThatThrownBy(() -> read("GET  / HTTP/1.1\r\nHost: a\r\n\r\n")).hasMessageContaining("request target");
        assertThatThrownBy(() -> read("GET /\r\nHost: a\r\n\r\n")).hasMessageContaining("malformed request line");
        assertThatThrownBy(() -> read("G(T / HTTP/1.1\r\nHost: a\r\n\r\n")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> read("GET / HTTP/2.0\r\nHost: a\r\n\r\n")).hasMessageContaining("HTTP/2.0");
        assertThat(read("OPTIONS * HTTP/1.0\r\nHost: a\r\n\r\n")).isNotNull();
    }

    @Test
    void aControlCharacterInALineIsRefusedAndValuesLoseOnlySpacesAndTabs() {
        assertThatThrownBy(() -> read("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \u001c5\r\n\r\nhello"))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> read("GET / HTTP/1.1\r\nHost: a\u0000b\r\n\r\n")).hasMessageContaining("control");
        assertThat(parse("GET / HTTP/1.1\r\nHost: \t a.b \t\r\n\r\n").host()).isEqualTo("a.b");
    }

    @Test
    void aTargetMayCarryBytesAbove127AsClientsSendUtf8Paths() {
        assertThat(read("GET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: a\r\n\r\n")).isNotNull();
    }

    @Test
    void http11KeepsTheConnectionUnlessItSaysCloseAndHttp10OnlyIfItSaysKeepAlive() {
        assertThat(parse("GET / HTTP/1.1\r\nHost: a\r\n\r\n").keepAlive()).isTrue();
        assertThat(parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, Close\r\n\r\n").keepAlive()).isFalse();
        assertThat(parse("GET / HTTP/1.0\r\nHost: a\r\n\r\n").keepAlive()).isFalse();
        assertThat(parse("GET / HTTP/1.0\r\nHost: a\r\nConnection: keep-alive\r\n\r\n").keepAlive()).isTrue();
    }

    private static RequestHead parse(String head) {
        ByteBuf bytes = Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1);
        try {
            return RequestHead.parse(bytes, 8192, 16384);
        } finally {
            bytes.release();
        }
    }
}
