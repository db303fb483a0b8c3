package io.wharf.dns;

import java.net.InetAddress;

/** The prefix a client address is rate-limited by, as one number: IPv4 /24, IPv6 /56. */
final class ClientPrefix {

    private static final long IPV6 = 1L << 63;

    private ClientPrefix() {
    }

    /** IPv4-mapped IPv6 addresses count as the IPv4 address they carry. */
    static long of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return ipv4(bytes, 0);
        }
        if (isIpv4Mapped(bytes)) {
            return ipv4(bytes, 12);
        }
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | bytes[i] & 0xFF;
        }
        return IPV6 | high >>> (64 - ResponseRateLimit.IPV6_PREFIX);
    }

    private static long ipv4(byte[] bytes, int at) {
        long address = (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
        return address >>> (32 - ResponseRateLimit.IPV4_PREFIX);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }
}
