package io.wharf.server.diagnosis;

import java.util.Set;
import java.util.TreeSet;

/**
 * The TCP ports a process listens on inside an instance, as {@code /proc/net/tcp} and {@code tcp6}
 * list them: those on every address (or a routable one), which the published port reaches, and
 * those on loopback only, which it does not.
 */
record ListeningPorts(Set<Integer> reachable, Set<Integer> loopbackOnly) {
    private static final String LISTEN = "0A";

    ListeningPorts {
        reachable = Set.copyOf(reachable);
        loopbackOnly = Set.copyOf(loopbackOnly);
    }

    /** Reads the listening sockets of both files' contents, one after the other; other lines are skipped. */
    static ListeningPorts parse(String procNetTcp) {
        Set<Integer> reachable = new TreeSet<>();
        Set<Integer> loopback = new TreeSet<>();
        for (String line : procNetTcp.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 4 || !fields[0].endsWith(":") || !LISTEN.equals(fields[3])) {
                continue;
            }
            int colon = fields[1].lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            try {
                int port = Integer.parseInt(fields[1].substring(colon + 1), 16);
                (loopback(fields[1].substring(0, colon)) ? loopback : reachable).add(port);
            } catch (NumberFormatException e) {
                // not a socket line
            }
        }
        loopback.removeAll(reachable);
        return new ListeningPorts(reachable, loopback);
    }

    /** 127.0.0.0/8 (written little-endian), ::1, or 127.x mapped into IPv6. */
    private static boolean loopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F");
    }

    /** Every port it listens on, lowest first. */
    Set<Integer> all() {
        Set<Integer> all = new TreeSet<>(reachable);
        all.addAll(loopbackOnly);
        return all;
    }
}
