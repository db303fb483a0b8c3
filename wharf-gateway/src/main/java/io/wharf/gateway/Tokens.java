package io.wharf.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** HTTP tokens (RFC 9110, 5.6.2) and comma-separated lists of them. */
final class Tokens {

    private static final String DELIMITERS = "\"(),/:;<=>?@[\\]{}";

    private Tokens() {
    }

    static boolean isToken(io.netty.buffer.ByteBuf bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = bytes.getByte(i) & 0xff;
            if (c <= 0x20 || c >= 0x7f || DELIMITERS.indexOf(c) >= 0) {
                return false;
            }
        }
        return to > from;
    }

    /** The non-empty elements of a comma-separated list, without the spaces and tabs around them. */
    static List<String> list(String value) {
        List<String> elements = new ArrayList<>(2);
        int from = 0;
        while (from <= value.length()) {
            int comma = value.indexOf(',', from);
            int to = comma < 0 ? value.length() : comma;
            int start = from;
            int end = to;
            while (start < end && isSpace(value.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(value.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                elements.add(value.substring(start, end));
            }
            from = to + 1;
        }
        return elements;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether any of the comma-separated {@code values} has {@code token}, in any case. */
    static boolean anyIs(List<String> values, String token) {
        for (String value : values) {
            for (String listed : list(value)) {
                if (listed.equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The header names Connection {@code values} list (lower case), but for keep-alive and close. */
    static List<String> connectionNames(List<String> values) {
        List<String> names = new ArrayList<>(0);
        for (String value : values) {
            for (String token : list(value)) {
                String name = token.toLowerCase(Locale.ROOT);
                if (!name.equals("keep-alive") && !name.equals("close")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Whether {@code text} is one or more ASCII digits. */
    static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
