package io.wharf.gateway;

import java.util.Locale;

/** Normalises a Host header or a domain: lower case, no port, no trailing dot; null when malformed. */
final class HostNames {

    private HostNames() {
    }

    static String normalize(String host) {
        if (host == null) {
            return null;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 1 ? h.substring(0, end + 1) : null;
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            if (!h.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                return null;
            }
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.startsWith(".") || h.contains("..")) {
            return null;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
                return null;
            }
        }
        return h;
    }
}
