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
    private static final byte[] HOST = ascii("host");
    private static final byte[] UPGRADE = ascii("upgrade");
    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");
    private static final int MAX_CONTENT_LENGTH_DIGITS = 18;

    private final List<String> contentLengths = new ArrayList<>(1);
    private final List<String> transferEncodings = new ArrayList<>(1);
    private final List<String> connections = new ArrayList<>(1);
    private int hosts;
    private boolean upgradeHeader;
    private String version;

    private RequestHead() {
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the head at the start of {@code bytes} (not consuming them).
     * @return its framing, or null when the head is not complete yet
     * @throws GatewayException for ambiguous framing (400); Netty's TooLongHttpLineException (414) or
     *     TooLongHttpHeaderException (431) for a head over the limits
     */
    static Framing read(ByteBuf bytes, int maxLineBytes, int maxHeadBytes) {
        return new RequestHead().scan(bytes, maxLineBytes, maxHeadBytes);
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
            if (bytes.indexOf(lineStart, lineEnd, (byte) '\r') >= 0) {
                throw new GatewayException("a bare CR inside a line");
            }
            int from = lineStart;
            lineStart = lf + 1;
            if (version == null) {
                int space = bytes.forEachByteDesc(from, lineEnd - from, b -> b != ' ');
                int versionFrom = space < 0 ? from : space + 1;
                version = bytes.toString(versionFrom, lineEnd - versionFrom, StandardCharsets.ISO_8859_1);
            } else if (lineEnd == from) {
                return framing(lineStart - start);
            } else {
                header(bytes, from, lineEnd);
            }
        }
    }

    /** Reads one header line in place: only the five names that frame or route a request become strings. */
    private void header(ByteBuf bytes, int from, int to) {
        byte first = bytes.getByte(from);
        if (first == ' ' || first == '\t') {
            throw new GatewayException("obsolete line folding (a header line starts with white space)");
        }
        int colon = bytes.indexOf(from, to, (byte) ':');
        if (colon <= from || !Tokens.isToken(bytes, from, colon)) {
            throw new GatewayException("a header line without a valid name");
        }
        if (is(bytes, from, colon, HOST)) {
            hosts++;
        } else if (is(bytes, from, colon, UPGRADE)) {
            upgradeHeader = true;
        } else if (is(bytes, from, colon, CONTENT_LENGTH)) {
            contentLengths.add(value(bytes, colon + 1, to));
        } else if (is(bytes, from, colon, TRANSFER_ENCODING)) {
            transferEncodings.add(value(bytes, colon + 1, to));
        } else if (is(bytes, from, colon, CONNECTION)) {
            connections.add(value(bytes, colon + 1, to));
        }
    }

    /** Whether the name at {@code [from, to)} is {@code lowerCaseName}, in any case. */
    private static boolean is(ByteBuf bytes, int from, int to, byte[] lowerCaseName) {
        if (to - from != lowerCaseName.length) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length; i++) {
            byte b = bytes.getByte(from + i);
            if (b != lowerCaseName[i] && (b | 0x20) != lowerCaseName[i]) {
                return false;
            }
        }
        return true;
    }

    private static String value(ByteBuf bytes, int from, int to) {
        return bytes.toString(from, to - from, StandardCharsets.ISO_8859_1).strip();
    }

    private Framing framing(int headLength) {
        if (hosts > 1) {
            throw new GatewayException("more than one Host header");
        }
        boolean upgrade = upgradeHeader && connectionNamesUpgrade();
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

    private boolean connectionNamesUpgrade() {
        for (String value : connections) {
            for (String token : Tokens.list(value)) {
                if (token.equalsIgnoreCase("upgrade")) {
                    return true;
                }
            }
        }
        return false;
    }

    private long contentLength() {
        if (contentLengths.isEmpty()) {
            return 0;
        }
        if (contentLengths.size() > 1 || contentLengths.get(0).indexOf(',') >= 0) {
            throw new GatewayException("more than one Content-Length");
        }
        String value = contentLengths.get(0);
        if (value.isEmpty() || value.length() > MAX_CONTENT_LENGTH_DIGITS
                || !digits(value)) {
            throw new GatewayException("Content-Length is not a number: " + value);
        }
        return Long.parseLong(value);
    }

    private static boolean digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
