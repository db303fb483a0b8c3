package io.wharf.gateway;

import java.util.Arrays;
import java.util.List;

/** HTTP tokens (RFC 9110, 5.6.2) and comma-separated lists of them. */
final class Tokens {

    private static final String DELIMITERS = "\"(),/:;<=>?@[\\]{}";

    private Tokens() {
    }

    static boolean isToken(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || DELIMITERS.indexOf(c) >= 0) {
                return false;
            }
        }
        return to > from;
    }

    /** {@link #isToken(String, int, int)} on the bytes {@code [from, to)}, read as ISO-8859-1. */
    static boolean isToken(io.netty.buffer.ByteBuf bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = bytes.getByte(i) & 0xff;
            if (c <= 0x20 || c >= 0x7f || DELIMITERS.indexOf(c) >= 0) {
                return false;
            }
        }
        return to > from;
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
