package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One response head from a backend, read in place: the status line, where each header line is, and what frames
 * the body. Lines may end in CRLF or a bare LF (backends are the user's code, and the client gets CRLF either
 * way); what makes the end of the body ambiguous (differing Content-Lengths, a folded line) is refused.
 */
final class ResponseHead {

    /** How the body that follows the head ends. */
    enum Body { NONE, LENGTH, CHUNKED, UNTIL_CLOSE }

    private static final byte[] CONTENT_LENGTH = Names.ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = Names.ascii("transfer-encoding");
    private static final byte[] CONNECTION = Names.ascii("connection");
    private static final byte[] UPGRADE = Names.ascii("upgrade");

    private int status;
    private boolean http10;
    private int headLength;
    private int statusLineStart;
    private int statusLineEnd;
    private final HeaderLines lines = new HeaderLines();
    private long contentLength = -1;
    private String transferEncoding;
    private List<String> connections;
    private String upgrade;
    private Body body;

    private ResponseHead() {
    }

    /**
     * Reads the head at the start of {@code bytes} (not consuming them).
     * @param headRequest whether it answers a HEAD request, whose answer has no body whatever it says
     * @return the head, or null when it is not complete yet
     * @throws GatewayException for a malformed or ambiguous head, or one over {@code maxHeadBytes}
     */
    static ResponseHead parse(ByteBuf bytes, int maxHeadBytes, boolean headRequest) {
        ResponseHead head = new ResponseHead();
        return head.scan(bytes, maxHeadBytes) ? head.framed(headRequest) : null;
    }

    private boolean scan(ByteBuf bytes, int maxHeadBytes) {
        int start = bytes.readerIndex();
        int end = bytes.writerIndex();
        int lineStart = start;
        while (lineStart < end && (bytes.getByte(lineStart) == '\r' || bytes.getByte(lineStart) == '\n')) {
            lineStart++; // an empty line before a status line is ignored, as a request's may be (RFC 9112, 2.2)
        }
        boolean first = true;
        while (true) {
            int lf = bytes.indexOf(lineStart, end, (byte) '\n');
            if ((lf < 0 ? end : lf + 1) - start > maxHeadBytes) {
                throw new GatewayException("a response head larger than " + maxHeadBytes + " bytes");
            }
            if (lf < 0) {
                return false;
            }
            int lineEnd = lf > lineStart && bytes.getByte(lf - 1) == '\r' ? lf - 1 : lf;
            int from = lineStart;
            HeaderLines.checkNoControl(bytes, from, lineEnd);
            lineStart = lf + 1;
            if (first) {
                statusLine(bytes, from, lineEnd);
                statusLineStart = from - start;
                statusLineEnd = lineEnd - start;
                first = false;
            } else if (lineEnd == from) {
                headLength = lineStart - start;
                return true;
            } else {
                header(bytes, from, lineEnd, start);
            }
        }
    }

    /** {@code HTTP/1.x SP 3DIGIT [SP reason]}. */
    private void statusLine(ByteBuf bytes, int from, int to) {
        if (to - from < 12 || !bytes.toString(from, 7, StandardCharsets.ISO_8859_1).equals("HTTP/1.")
                || bytes.getByte(from + 8) != ' ' || (to - from > 12 && bytes.getByte(from + 12) != ' ')) {
            throw new GatewayException("a malformed status line");
        }
        byte minor = bytes.getByte(from + 7);
        if (minor != '0' && minor != '1') {
            throw new GatewayException("a malformed status line");
        }
        http10 = minor == '0';
        for (int i = from + 9; i < from + 12; i++) {
            byte digit = bytes.getByte(i);
            if (digit < '0' || digit > '9') {
                throw new GatewayException("a malformed status code");
            }
            status = status * 10 + digit - '0';
        }
        if (status < 100) {
            throw new GatewayException("a status code under 100");
        }
    }

    private void header(ByteBuf bytes, int from, int to, int start) {
        int colon = lines.add(bytes, from, to, start);
        if (Names.is(bytes, from, colon, CONTENT_LENGTH)) {
            contentLength(HeaderLines.value(bytes, colon, to));
        } else if (Names.is(bytes, from, colon, TRANSFER_ENCODING)) {
            String value = HeaderLines.value(bytes, colon, to);
            transferEncoding = transferEncoding == null ? value : transferEncoding + ", " + value;
        } else if (Names.is(bytes, from, colon, CONNECTION)) {
            connections = connections == null ? new ArrayList<>(1) : connections;
            connections.add(HeaderLines.value(bytes, colon, to));
        } else if (Names.is(bytes, from, colon, UPGRADE) && upgrade == null) {
            upgrade = HeaderLines.value(bytes, colon, to);
        }
    }

    private void contentLength(String value) {
        for (String part : value.split(",", -1)) {
            String digits = part.strip();
            if (digits.isEmpty() || digits.length() > 18 || !Tokens.isDigits(digits)) {
                throw new GatewayException("a response Content-Length that is not a number: " + value);
            }
            long length = Long.parseLong(digits);
            if (contentLength >= 0 && contentLength != length) {
                throw new GatewayException("a response with differing Content-Lengths");
            }
            contentLength = length;
        }
    }

    private ResponseHead framed(boolean headRequest) {
        if (headRequest || status < 200 || status == 204 || status == 304) {
            body = Body.NONE;
        } else if (transferEncoding != null) {
            List<String> codings = Tokens.list(transferEncoding);
            if (codings.size() != 1 || !codings.get(0).equalsIgnoreCase("chunked")) {
                // the client would get the other codings' bytes with nothing saying how to undo them
                throw new GatewayException("a response with Transfer-Encoding other than chunked: " + transferEncoding);
            }
            body = http10 ? Body.UNTIL_CLOSE : Body.CHUNKED;
        } else {
            body = contentLength > 0 ? Body.LENGTH : contentLength == 0 ? Body.NONE : Body.UNTIL_CLOSE;
        }
        return this;
    }


    int status() {
        return status;
    }

    int headLength() {
        return headLength;
    }

    /** Where the status line starts (after any empty lines), relative to the head's first byte. */
    int statusLineStart() {
        return statusLineStart;
    }

    /** Where the status line's line end starts, relative to the head's first byte. */
    int statusLineEnd() {
        return statusLineEnd;
    }

    HeaderLines lines() {
        return lines;
    }

    Body body() {
        return body;
    }

    /** The Content-Length (when the body is framed by it), else -1. */
    long contentLength() {
        return body == Body.LENGTH ? contentLength : -1;
    }

    /** The Upgrade header's value, or null. */
    String upgrade() {
        return upgrade;
    }

    /** Whether the backend keeps the connection open after this answer: by its version and Connection header. */
    boolean keepAlive() {
        if (body == Body.UNTIL_CLOSE || connectionSays("close")) {
            return false;
        }
        return !http10 || connectionSays("keep-alive");
    }

    /** The names the Connection headers list (lower case), but for keep-alive and close. */
    List<String> connectionNames() {
        return connections == null ? List.of() : Tokens.connectionNames(connections);
    }

    private boolean connectionSays(String option) {
        return connections != null && Tokens.anyIs(connections, option);
    }
}
