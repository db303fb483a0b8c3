package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where each header line of a head is, relative to the head's first byte: its start, its colon and where its line
 * end starts. Lines are checked as they are added: no folding, a token before the colon, no control character.
 */
final class HeaderLines {

    /** Stops at a control character other than a tab (a bare CR among them). */
    private static final ByteProcessor NOT_A_CONTROL = b -> (b >= 0x20 || b == '\t' || b < 0) && b != 0x7f;

    private int[] lines = new int[3 * 16];
    private int count;

    /**
     * Adds the header line {@code [from, to)} of a head that starts at {@code start}.
     * @return where its colon is
     * @throws GatewayException for a folded line, a name that is not a token, or a control character
     */
    int add(ByteBuf bytes, int from, int to, int start) {
        byte first = bytes.getByte(from);
        if (first == ' ' || first == '\t') {
            throw new GatewayException("obsolete line folding (a header line starts with white space)");
        }
        int colon = bytes.indexOf(from, to, (byte) ':');
        if (colon <= from || !Tokens.isToken(bytes, from, colon)) {
            throw new GatewayException("a header line without a valid name");
        }
        checkNoControl(bytes, colon, to);
        if (count * 3 == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[count * 3] = from - start;
        lines[count * 3 + 1] = colon - start;
        lines[count * 3 + 2] = to - start;
        count++;
        return colon;
    }

    /** Refuses a control character (but a tab) in {@code [from, to)}: a bare CR above all. */
    static void checkNoControl(ByteBuf bytes, int from, int to) {
        int control = bytes.forEachByte(from, to - from, NOT_A_CONTROL);
        if (control >= 0) {
            throw new GatewayException(bytes.getByte(control) == '\r' ? "a bare CR inside a line"
                    : "a control character inside a line");
        }
    }

    /** The value after {@code colon} up to {@code to}, without the spaces and tabs around it. */
    static String value(ByteBuf bytes, int colon, int to) {
        int from = colon + 1;
        while (from < to && isBlank(bytes.getByte(from))) {
            from++;
        }
        while (to > from && isBlank(bytes.getByte(to - 1))) {
            to--;
        }
        return bytes.toString(from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    int count() {
        return count;
    }

    int start(int line) {
        return lines[3 * line];
    }

    int colon(int line) {
        return lines[3 * line + 1];
    }

    int end(int line) {
        return lines[3 * line + 2];
    }
}
