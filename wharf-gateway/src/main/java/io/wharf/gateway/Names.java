package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Header names read in place: compared with a lower-case name in any case, without making a string. */
final class Names {

    static final byte[] CRLF = {'\r', '\n'};

    private Names() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the bytes {@code [from, to)} are {@code lowerCaseName} in any case. */
    static boolean is(ByteBuf bytes, int from, int to, byte[] lowerCaseName) {
        return to - from == lowerCaseName.length && is(bytes, from, lowerCaseName);
    }

    /** Whether the bytes from {@code from} start with {@code lowerCaseName} in any case (a token: no CR or LF). */
    static boolean is(ByteBuf bytes, int from, byte[] lowerCaseName) {
        for (int i = 0; i < lowerCaseName.length; i++) {
            byte b = bytes.getByte(from + i);
            if (b != lowerCaseName[i] && (b | 0x20) != lowerCaseName[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the header named by the bytes {@code [from, to)} is one of {@code connectionNames} (lower case, as
     * a Connection header listed them), and not one the Connection header cannot take away: Host and the framing.
     */
    static boolean namedBy(ByteBuf bytes, int from, int to, List<String> connectionNames) {
        if (connectionNames.isEmpty()) {
            return false;
        }
        String name = bytes.toString(from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return connectionNames.contains(name) && !name.equals("host") && !name.equals("content-length")
                && !name.equals("transfer-encoding");
    }
}
