package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendResponseFramingTest {

    private final BackendResponseFraming framing = new BackendResponseFraming(16384);
    private final EmbeddedChannel channel = new EmbeddedChannel(framing);

    @AfterEach
    void releaseAll() {
        channel.finishAndReleaseAll();
    }

    @Test
    void aBodyFramedByItsLengthEndsAfterThatManyBytesWhateverTheReadsAndTheNextHeadFollows() {
        read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: keep-alive\r\n\r\nhello");
        read("world");
        read("HTTP/1.1 204 No Content\r\n\r\n");

        BackendResponse first = channel.readInbound();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.head().keepAlive()).isTrue();
        assertThat(first.complete()).isFalse();
        assertThat(body()).isEqualTo("helloworld|last");
        BackendResponse second = channel.readInbound();
        assertThat(second.status()).isEqualTo(204);
        assertThat(second.complete()).isTrue();
        first.release();
        second.release();
    }

    @Test
    void aChunkedBodyEndsWithItsLastChunkAndTrailersAndPassesAsItCame() {
        read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        read("0\r\nX-Sum: 1\r\n\r\n");

        BackendResponse head = channel.readInbound();
        assertThat(head.head().body()).isEqualTo(ResponseHead.Body.CHUNKED);
        assertThat(clientHead(head, true)).isEqualTo("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n");
        assertThat(body()).isEqualTo("5\r\nhello\r\n0\r\nX-Sum: 1\r\n\r\n|last");
    }

    @Test
    void aBodyThatLastsUntilTheBackendClosesEndsWhenItClosesAndTheClientGetsItChunked() {
        read("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello");

        BackendResponse head = channel.readInbound();
        assertThat(head.head().keepAlive()).isFalse();
        assertThat(clientHead(head, true))
                .isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\ntransfer-encoding: chunked\r\n\r\n");
        HttpContent piece = channel.readInbound();
        assertThat(text(Chunks.encode(piece, UnpooledByteBufAllocator.DEFAULT))).isEqualTo("5\r\nhello\r\n");
        channel.close();
        HttpContent end = channel.readInbound();
        assertThat(end).isInstanceOf(LastHttpContent.class);
        assertThat(text(Chunks.encode(end, UnpooledByteBufAllocator.DEFAULT))).isEqualTo("0\r\n\r\n");
    }

    @Test
    void theAnswerToAHeadRequestHasNoBodyWhateverItsLengthSays() {
        framing.answering(true, false);
        read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        BackendResponse head = channel.readInbound();
        assertThat(head.complete()).isTrue();
        assertThat(clientHead(head, true)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
        BackendResponse next = channel.readInbound();
        assertThat(next.complete()).isTrue();
        next.release();
    }

    @Test
    void anInformationalAnswerIsAHeadAloneAndTheFinalOneFollows() {
        read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");

        BackendResponse informational = channel.readInbound();
        assertThat(informational.status()).isEqualTo(100);
        assertThat(informational.complete()).isTrue();
        informational.release();
        BackendResponse created = channel.readInbound();
        assertThat(created.status()).isEqualTo(201);
        created.release();
        assertThat(body()).isEqualTo("ok|last");
    }

    @Test
    void linesEndingInABareLfAreReadAndTheClientGetsCrlf() {
        read("HTTP/1.1 200 OK\nContent-Length: 2\nX-A: b\n\nok");

        BackendResponse head = channel.readInbound();
        assertThat(clientHead(head, true)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-A: b\r\n\r\n");
        assertThat(body()).isEqualTo("ok|last");
    }

    @Test
    void aChunkedAnswerWithBareLfLinesAndAnEmptyLineBeforeItIsReadAndLosesItsContentLength() {
        read("\r\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Length: 99\n\n5\nhello\n0\n\n");

        BackendResponse head = channel.readInbound();
        assertThat(clientHead(head, true)).isEqualTo("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n");
        assertThat(body()).isEqualTo("5\nhello\n0\n\n|last");
        assertThat(framing.idle()).isTrue();
    }

    @Test
    void aConnectionWithBytesPastTheAnswerIsNotIdle() {
        read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");

        BackendResponse head = channel.readInbound();
        head.release();
        assertThat(body()).isEqualTo("ok|last");
        assertThat(framing.idle()).isFalse();
    }

    @Test
    void anAmbiguousHeadIsAnInvalidResponseAndNothingAfterItIsRead() {
        read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok");
        BackendResponse invalid = channel.readInbound();
        assertThat(invalid.failure()).hasMessageContaining("differing Content-Lengths");
        read("HTTP/1.1 200 OK\r\n\r\n");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void anAnswerInATransferCodingOtherThanChunkedIsAnInvalidResponse() {
        assertThat(invalid("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"))
                .hasMessageContaining("other than chunked: gzip, chunked");
        assertThat(invalid("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxyz")).hasMessageContaining("other than chunked");
    }

    @Test
    void aFoldedLineOrAMalformedStatusLineIsAnInvalidResponse() {
        assertThat(invalid("HTTP/1.1 200 OK\r\nX-A: b\r\n c\r\n\r\n")).hasMessageContaining("folding");
        assertThat(invalid("HTTP/1.1 2x0 OK\r\n\r\n")).hasMessageContaining("status code");
        assertThat(invalid("ICY 200 OK\r\n\r\n")).hasMessageContaining("status line");
        assertThat(invalid("HTTP/1.1 200 OK\r\nX-A: b\rc\r\n\r\n")).hasMessageContaining("bare CR");
    }

    @Test
    void theClientHeadLosesHopByHopHeadersAndThoseTheConnectionHeaderNamesButNotTheFraming() {
        read("HTTP/1.1 200 OK\r\nConnection: keep-alive, X-Trace, Content-Length\r\nKeep-Alive: timeout=5\r\n"
                + "X-Trace: 1\r\nContent-Length: 2\r\nProxy-Connection: x\r\nX-Kept: yes\r\n\r\nok");

        BackendResponse head = channel.readInbound();
        assertThat(clientHead(head, false)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Kept: yes\r\n"
                + "connection: close\r\n\r\n");
    }

    @Test
    void anHttp10ClientIsToldTheConnectionStaysOpen() {
        read("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        BackendResponse head = channel.readInbound();
        String written = text(ClientResponseHead.write(head, UnpooledByteBufAllocator.DEFAULT, true, true));
        head.release();
        assertThat(written).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nconnection: keep-alive\r\n\r\n");
    }

    @Test
    void anHttp10ClientGetsAChunkedBodyAsItsDataAloneWhateverTheReadsAndTheConnectionCloses() {
        framing.answering(false, true);
        read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n5;ext=1\r\nhel");
        read("lo\r\n6\r");
        read("\n world\r\n0\r\nX-Sum: 1\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n");

        BackendResponse head = channel.readInbound();
        assertThat(ClientResponseHead.closeDelimited(head.head(), true)).isTrue();
        assertThat(ClientResponseHead.closeDelimited(head.head(), false)).isFalse();
        String written = text(ClientResponseHead.write(head, UnpooledByteBufAllocator.DEFAULT, false, true));
        head.release();
        assertThat(written).isEqualTo("HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n");
        assertThat(body()).isEqualTo("hello world|last");
        BackendResponse next = channel.readInbound();
        assertThat(next.status()).isEqualTo(204);
        next.release();
        assertThat(framing.idle()).isTrue();
    }

    @Test
    void anHttp10ClientGetsABodyThatLastsUntilTheBackendClosesAsItCameWithoutChunks() {
        framing.answering(false, true);
        read("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello");

        BackendResponse head = channel.readInbound();
        assertThat(ClientResponseHead.closeDelimited(head.head(), true)).isTrue();
        String written = text(ClientResponseHead.write(head, UnpooledByteBufAllocator.DEFAULT, false, true));
        head.release();
        assertThat(written).isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nconnection: close\r\n\r\n");
        channel.close();
        assertThat(body()).isEqualTo("hello|last");
    }

    @Test
    void afterA101WhatTheBackendSentNextIsHeldForTheTunnel() {
        read("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\u0081\u0002hi");

        BackendResponse head = channel.readInbound();
        assertThat(clientHead(head, true))
                .isEqualTo("HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n");
        assertThat((Object) channel.readInbound()).isNull();
        channel.pipeline().remove(framing);
        ByteBuf rest = channel.readInbound();
        assertThat(text(rest)).isEqualTo("\u0081\u0002hi");
    }

    private RuntimeException invalid(String response) {
        EmbeddedChannel other = new EmbeddedChannel(new BackendResponseFraming(16384));
        other.writeInbound(Unpooled.copiedBuffer(response, StandardCharsets.ISO_8859_1));
        BackendResponse invalid = other.readInbound();
        other.finishAndReleaseAll();
        return invalid.failure();
    }

    private void read(String bytes) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, StandardCharsets.ISO_8859_1));
    }

    /** The body pieces read so far, joined, with "|last" after the last one. */
    private String body() {
        List<String> pieces = new ArrayList<>();
        HttpContent content;
        while ((content = channel.readInbound()) != null) {
            pieces.add(text(content.content()));
            if (content instanceof LastHttpContent) {
                pieces.add("|last");
                break;
            }
        }
        return String.join("", pieces);
    }

    private static String clientHead(BackendResponse response, boolean keepAlive) {
        String head = text(ClientResponseHead.write(response, UnpooledByteBufAllocator.DEFAULT, keepAlive, false));
        response.release();
        return head;
    }

    private static String text(ByteBuf bytes) {
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        bytes.release();
        return text;
    }
}
