package io.wharf.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xbill.DNS.Address;

/** Validation and normalisation of labels, domain names and IP literals. */
final class Names {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    private Names() {
    }

    static String label(String value, String what) {
        String label = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(what + " is not a valid DNS label: " + value);
        }
        return label;
    }

    static String domain(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        String domain = value.toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.isEmpty() || domain.length() > 253) {
            throw new IllegalArgumentException(what + " is not a valid DNS name: " + value);
        }
        for (String label : domain.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException(what + " is not a valid DNS name: " + value);
            }
        }
        return domain;
    }

    static InetAddress ip(String value, int family, String what) {
        byte[] bytes = value == null ? null : Address.toByteArray(value, family);
        if (bytes == null) {
            String kind = family == Address.IPv4 ? "IPv4" : "IPv6";
            throw new IllegalArgumentException(what + " is not an " + kind + " literal: " + value);
        }
        return byAddress(bytes);
    }

    static InetAddress anyIp(String value, String what) {
        if (value != null && Address.toByteArray(value, Address.IPv4) != null) {
            return ip(value, Address.IPv4, what);
        }
        return ip(value, Address.IPv6, what);
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
