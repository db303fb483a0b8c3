package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The strict reading of one request head from raw bytes: lines end in CRLF, no line folding, one Host, and a
 * body framed one way only (one Content-Length, or Transfer-Encoding exactly {@code chunked} in HTTP/1.1).
 * Whatever is ambiguous is refused, so the gateway and every backend agree on where each request ends.
 */
final class RequestHead {

    /** A complete, unambiguous head: its length in bytes, its body length ({@link #CHUNKED} if chunked). */
    record Framing(int headLength, long bodyLength, boolean upgrade) {
    }

    static final long CHUNKED = -1;
    private static final byte[] HOST = Names.ascii("host");
    private static final byte[] UPGRADE = Names.ascii("upgrade");
    private static final byte[] CONTENT_LENGTH = Names.ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = Names.ascii("transfer-encoding");
    private static final byte[] CONNECTION = Names.ascii("connection");
    private static final int MAX_CONTENT_LENGTH_DIGITS = 18;

    private static final byte[] EXPECT = Names.ascii("expect");

    private final List<String> contentLengths = new ArrayList<>(1);
    private final List<String> transferEncodings = new ArrayList<>(1);
    private final List<String> connections = new ArrayList<>(1);
    private int hosts;
    private String host;
    private String upgradeValue;
    private boolean expectContinue;
    private String version;
    private String method;
    /** Where the request line starts (after any empty lines) and its target ends, relative to the head's first byte. */
    private int requestStart;
    private int targetEnd;
    private final HeaderLines lines = new HeaderLines();
    private Framing framing;

    private RequestHead() {
    }

    /**
     * Reads the head at the start of {@code bytes} (not consuming them), keeping what a backend head is made of:
     * the request line and where each header line is.
     * @return the head, or null when it is not complete yet
     * @throws GatewayException for ambiguous framing or a malformed request line (400); Netty's
     *     TooLongHttpLineException (414) or TooLongHttpHeaderException (431) for a head over the limits
     */
    static RequestHead parse(ByteBuf bytes, int maxLineBytes, int maxHeadBytes) {
        RequestHead head = new RequestHead();
        head.framing = head.scan(bytes, maxLineBytes, maxHeadBytes);
        return head.framing == null ? null : head;
    }

    Framing framing() {
        return framing;
    }

    String method() {
        return method;
    }

    boolean http10() {
        return version.equals("HTTP/1.0");
    }

    /** HTTP/1.1 keeps a connection open unless it says close; HTTP/1.0 only if it says keep-alive. */
    boolean keepAlive() {
        return !connectionSays("close") && (version.equals("HTTP/1.1") || connectionSays("keep-alive"));
    }

    /** The Host header's value, or null. */
    String host() {
        return host;
    }

    boolean expectContinue() {
        return expectContinue;
    }

    /** The Upgrade header's value when the request asks to switch protocols, else null. */
    String upgrade() {
        return framing.upgrade() ? upgradeValue : null;
    }

    int requestStart() {
        return requestStart;
    }

    int targetEnd() {
        return targetEnd;
    }

    HeaderLines lines() {
        return lines;
    }

    /** The names the Connection headers list (lower case), but for keep-alive and close. */
    List<String> connectionNames() {
        return Tokens.connectionNames(connections);
    }

    private Framing scan(ByteBuf bytes, int maxLineBytes, int maxHeadBytes) {
        int start = bytes.readerIndex();
        int end = bytes.writerIndex();
        int lineStart = start;
        while (lineStart + 1 < end && bytes.getByte(lineStart) == '\r' && bytes.getByte(lineStart + 1) == '\n') {
            lineStart += 2; // empty lines before a request line may be ignored (RFC 9112, 2.2)
        }
        while (true) {
            int lf = bytes.indexOf(lineStart, end, (byte) '\n');
            int lineEnd = lf < 0 ? end : lf - 1;
            if (version == null && lineEnd - lineStart > maxLineBytes) {
                throw new TooLongHttpLineException("the request line is longer than " + maxLineBytes + " bytes");
            }
            if ((lf < 0 ? end : lf + 1) - start > maxHeadBytes) {
                throw new TooLongHttpHeaderException("the request head is larger than " + maxHeadBytes + " bytes");
            }
            if (lf < 0) {
                return null;
            }
            if (lf == lineStart || bytes.getByte(lf - 1) != '\r') {
                throw new GatewayException("a line ends in a bare LF, not CRLF");
            }
            int from = lineStart;
            lineStart = lf + 1;
            if (version == null) {
                HeaderLines.checkNoControl(bytes, from, lineEnd);
                requestLine(bytes, from, lineEnd, from - start);
            } else if (lineEnd == from) {
                return framing(lineStart - start);
            } else {
                header(bytes, from, lineEnd, start);
            }
        }
    }

    /** {@code METHOD SP TARGET SP HTTP/1.x}, each part as RFC 9112 writes it, or the request is refused. */
    private void requestLine(ByteBuf bytes, int from, int to, int offset) {
        int firstSpace = bytes.indexOf(from, to, (byte) ' ');
        int lastSpace = firstSpace < 0 ? -1 : bytes.forEachByteDesc(from, to - from, b -> b != ' ');
        if (firstSpace <= from || lastSpace <= firstSpace + 1 || !Tokens.isToken(bytes, from, firstSpace)) {
            throw new GatewayException("a malformed request line");
        }
        for (int i = firstSpace + 1; i < lastSpace; i++) {
            byte b = bytes.getByte(i);
            if ((b & 0xff) <= ' ') {
                throw new GatewayException("white space in the request target");
            }
        }
        version = bytes.toString(lastSpace + 1, to - lastSpace - 1, StandardCharsets.ISO_8859_1);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new GatewayException("an HTTP version other than HTTP/1.1 or HTTP/1.0: " + version);
        }
        method = bytes.toString(from, firstSpace - from, StandardCharsets.ISO_8859_1);
        requestStart = offset;
        targetEnd = lastSpace - from + offset;
    }

    /** Reads one header line in place: only the names that frame or route a request become strings. */
    private void header(ByteBuf bytes, int from, int to, int start) {
        int colon = lines.add(bytes, from, to, start);
        if (Names.is(bytes, from, colon, HOST)) {
            hosts++;
            host = host == null ? HeaderLines.value(bytes, colon, to) : host;
        } else if (Names.is(bytes, from, colon, UPGRADE)) {
            upgradeValue = upgradeValue == null ? HeaderLines.value(bytes, colon, to) : upgradeValue;
        } else if (Names.is(bytes, from, colon, EXPECT)) {
            expectContinue |= HeaderLines.value(bytes, colon, to).equalsIgnoreCase("100-continue");
        } else if (Names.is(bytes, from, colon, CONTENT_LENGTH)) {
            contentLengths.add(HeaderLines.value(bytes, colon, to));
        } else if (Names.is(bytes, from, colon, TRANSFER_ENCODING)) {
            transferEncodings.add(HeaderLines.value(bytes, colon, to));
        } else if (Names.is(bytes, from, colon, CONNECTION)) {
            connections.add(HeaderLines.value(bytes, colon, to));
        }
    }


    private Framing framing(int headLength) {
        if (hosts > 1) {
            throw new GatewayException("more than one Host header");
        }
        boolean upgrade = upgradeValue != null && connectionSays("upgrade");
        if (!transferEncodings.isEmpty()) {
            if (!contentLengths.isEmpty()) {
                throw new GatewayException("both Content-Length and Transfer-Encoding");
            }
            if (!version.equals("HTTP/1.1")) {
                throw new GatewayException("Transfer-Encoding in a request that is not HTTP/1.1");
            }
            if (transferEncodings.size() != 1 || !transferEncodings.get(0).equalsIgnoreCase("chunked")) {
                throw new GatewayException("Transfer-Encoding other than exactly chunked");
            }
            return new Framing(headLength, CHUNKED, upgrade);
        }
        return new Framing(headLength, contentLength(), upgrade);
    }

    private boolean connectionSays(String option) {
        return Tokens.anyIs(connections, option);
    }

    private long contentLength() {
        if (contentLengths.isEmpty()) {
            return 0;
        }
        if (contentLengths.size() > 1 || contentLengths.get(0).indexOf(',') >= 0) {
            throw new GatewayException("more than one Content-Length");
        }
        String value = contentLengths.get(0);
        if (value.isEmpty() || value.length() > MAX_CONTENT_LENGTH_DIGITS || !Tokens.isDigits(value)) {
            throw new GatewayException("Content-Length is not a number: " + value);
        }
        return Long.parseLong(value);
    }

}
