package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private static final int MAX_CONTENT_LENGTH_DIGITS = 18;

    private final List<String> contentLengths = new ArrayList<>(1);
    private final List<String> transferEncodings = new ArrayList<>(1);
    private final List<String> connections = new ArrayList<>(1);
    private int hosts;
    private boolean upgradeHeader;
    private String version;

    private RequestHead() {
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
            String line = bytes.toString(lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            lineStart = lf + 1;
            if (version == null) {
                version = line.substring(line.lastIndexOf(' ') + 1);
            } else if (line.isEmpty()) {
                return framing(lineStart - start);
            } else {
                header(line);
            }
        }
    }

    private void header(String line) {
        char first = line.charAt(0);
        if (first == ' ' || first == '\t') {
            throw new GatewayException("obsolete line folding (a header line starts with white space)");
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || !Tokens.isToken(line, 0, colon)) {
            throw new GatewayException("a header line without a valid name");
        }
        String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        switch (name) {
            case "content-length" -> contentLengths.add(value);
            case "transfer-encoding" -> transferEncodings.add(value);
            case "host" -> hosts++;
            case "connection" -> connections.add(value);
            case "upgrade" -> upgradeHeader = true;
            default -> {
            }
        }
    }

    private Framing framing(int headLength) {
        if (hosts > 1) {
            throw new GatewayException("more than one Host header");
        }
        boolean upgrade = upgradeHeader && connections.stream().flatMap(v -> Tokens.list(v).stream())
                .anyMatch(token -> token.equalsIgnoreCase("upgrade"));
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

    private long contentLength() {
        List<String> values = contentLengths.stream().flatMap(v -> List.of(v.split(",", -1)).stream())
                .map(String::strip).toList();
        if (values.isEmpty()) {
            return 0;
        }
        if (values.size() > 1) {
            throw new GatewayException("more than one Content-Length");
        }
        String value = values.get(0);
        if (value.isEmpty() || value.length() > MAX_CONTENT_LENGTH_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new GatewayException("Content-Length is not a number: " + value);
        }
        return Long.parseLong(value);
    }
}
