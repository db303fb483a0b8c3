package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes the head a client gets from a backend's raw head, line by line: the status line as HTTP/1.1, every
 * header line but hop-by-hop ones (and those the Connection header names, never the framing); then chunked
 * framing for a body sent chunked or until the connection closes (the gateway chunks the latter itself), the
 * gateway's own word on keeping the client connection, or, for a 101, the upgrade. An HTTP/1.0 client cannot
 * read chunks: it gets such a body as plain data, ended by closing the connection.
 */
final class ClientResponseHead {

    private static final byte[] HTTP_11 = Names.ascii("HTTP/1.1");
    private static final byte[] CONTENT_LENGTH = Names.ascii("content-length");
    private static final byte[] CHUNKED = Names.ascii("transfer-encoding: chunked\r\n");
    private static final byte[] CLOSE = Names.ascii("connection: close\r\n");
    private static final byte[] KEEP_ALIVE = Names.ascii("connection: keep-alive\r\n");
    private static final byte[] UPGRADE = Names.ascii("connection: upgrade\r\n");

    private ClientResponseHead() {
    }

    /**
     * A new buffer the caller owns. {@code keepAlive}: whether the client connection stays open after it, said
     * outright to an HTTP/1.0 client ({@code clientHttp10}); the caller passes false for an answer whose end only
     * a close can tell such a client ({@link #closeDelimited}).
     */
    static ByteBuf write(BackendResponse response, ByteBufAllocator allocator, boolean keepAlive,
                         boolean clientHttp10) {
        ByteBuf raw = response.bytes();
        ResponseHead head = response.head();
        ByteBuf out = allocator.buffer(raw.readableBytes() + 32);
        int base = raw.readerIndex();
        out.writeBytes(HTTP_11);
        int afterVersion = head.statusLineStart() + HTTP_11.length;
        out.writeBytes(raw, base + afterVersion, head.statusLineEnd() - afterVersion);
        out.writeBytes(Names.CRLF);
        List<String> named = head.connectionNames();
        boolean chunked = head.body() == ResponseHead.Body.CHUNKED || head.body() == ResponseHead.Body.UNTIL_CLOSE;
        HeaderLines lines = head.lines();
        for (int i = 0; i < lines.count(); i++) {
            int from = base + lines.start(i);
            int colon = base + lines.colon(i);
            int to = base + lines.end(i);
            if (HeaderKind.of(raw, from, colon) != HeaderKind.HOP_BY_HOP && !Names.namedBy(raw, from, colon, named)
                    && !(chunked && Names.is(raw, from, colon, CONTENT_LENGTH))) {
                out.writeBytes(raw, from, to - from);
                out.writeBytes(Names.CRLF);
            }
        }
        if (head.status() == 101) {
            if (head.upgrade() != null) {
                out.writeCharSequence("upgrade: " + head.upgrade() + "\r\n", StandardCharsets.ISO_8859_1);
                out.writeBytes(UPGRADE);
            }
        } else {
            if (chunked && !clientHttp10) {
                out.writeBytes(CHUNKED);
            }
            if (!keepAlive) {
                out.writeBytes(CLOSE);
            } else if (clientHttp10) {
                out.writeBytes(KEEP_ALIVE);
            }
        }
        out.writeBytes(Names.CRLF);
        return out;
    }

    /** Whether the client learns where this answer's body ends only when the connection closes. */
    static boolean closeDelimited(ResponseHead head, boolean clientHttp10) {
        return clientHttp10 && (head.body() == ResponseHead.Body.CHUNKED || head.body() == ResponseHead.Body.UNTIL_CLOSE);
    }
}
