package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the head a backend gets from a client's raw head, line by line: the request line as HTTP/1.1,
 * every header line copied as it came but for hop-by-hop ones (those the Connection header names too, never
 * Host or the framing) and Expect; then the forwarding headers (a trusted proxy's appended to, anyone
 * else's replaced, with what only a proxy may say about the client removed), the upgrade if one is asked
 * for, and chunked framing as it came.
 */
final class BackendRequestHead {

    private static final byte[] HTTP_11 = Names.ascii(" HTTP/1.1\r\n");

    private BackendRequestHead() {
    }

    /** A new buffer the caller owns. */
    static ByteBuf write(ClientRequest request, ByteBufAllocator allocator, String clientIp, String forwarded,
                         boolean trustedClient) {
        ByteBuf raw = request.bytes();
        RequestHead head = request.head();
        ByteBuf out = allocator.buffer(raw.readableBytes() + 160);
        int base = raw.readerIndex();
        out.writeBytes(raw, base + head.requestStart(), head.targetEnd() - head.requestStart());
        out.writeBytes(HTTP_11);
        List<String> named = head.connectionNames();
        List<String> earlierFor = null;
        List<String> earlierForwarded = null;
        boolean hasProto = false;
        boolean hasHost = false;
        HeaderLines lines = head.lines();
        for (int i = 0; i < lines.count(); i++) {
            int from = base + lines.start(i);
            int colon = base + lines.colon(i);
            int to = base + lines.end(i);
            HeaderKind kind = HeaderKind.of(raw, from, colon);
            if (kind == HeaderKind.OTHER && Names.namedBy(raw, from, colon, named)) {
                continue;
            }
            switch (kind) {
                case HOP_BY_HOP, EXPECT -> { }
                case SPOOFABLE -> {
                    if (trustedClient) {
                        out.writeBytes(raw, from, to + 2 - from);
                    }
                }
                case FOR -> earlierFor = trustedClient
                        ? add(earlierFor, HeaderLines.value(raw, colon, to)) : earlierFor;
                case FORWARDED -> earlierForwarded = trustedClient
                        ? add(earlierForwarded, HeaderLines.value(raw, colon, to)) : earlierForwarded;
                case PROTO, HOST -> {
                    if (trustedClient) {
                        hasProto |= kind == HeaderKind.PROTO;
                        hasHost |= kind == HeaderKind.HOST;
                        out.writeBytes(raw, from, to + 2 - from);
                    }
                }
                default -> out.writeBytes(raw, from, to + 2 - from);
            }
        }
        String upgrade = head.upgrade();
        if (upgrade != null) {
            header(out, "upgrade", upgrade);
            header(out, "connection", "upgrade");
        }
        if (request.bodyLength() == RequestHead.CHUNKED) {
            header(out, "transfer-encoding", "chunked");
        }
        header(out, "x-forwarded-for", joined(earlierFor, clientIp));
        header(out, "forwarded", joined(earlierForwarded, forwarded));
        if (!hasProto) {
            header(out, "x-forwarded-proto", "http");
        }
        if (!hasHost && request.host() != null) {
            header(out, "x-forwarded-host", request.host());
        }
        out.writeBytes(Names.CRLF);
        return out;
    }


    /** An RFC 7239 element: {@code for=IP;host="HOST";proto=http}, an IPv6 address bracketed and quoted. */
    static String forwarded(String clientIp, String originalHost) {
        String client = clientIp.indexOf(':') >= 0 ? "\"[" + clientIp + "]\"" : clientIp;
        String element = "for=" + client + ";proto=http";
        return originalHost == null ? element : element + ";host=" + Problems.quote(originalHost);
    }

    private static List<String> add(List<String> values, String value) {
        List<String> list = values == null ? new ArrayList<>(1) : values;
        list.add(value);
        return list;
    }

    private static String joined(List<String> earlier, String value) {
        return earlier == null ? value : String.join(", ", earlier) + ", " + value;
    }


    private static void header(ByteBuf out, String name, String value) {
        out.writeCharSequence(name, StandardCharsets.ISO_8859_1);
        out.writeByte(':');
        out.writeByte(' ');
        out.writeCharSequence(value, StandardCharsets.ISO_8859_1);
        out.writeBytes(Names.CRLF);
    }
}
