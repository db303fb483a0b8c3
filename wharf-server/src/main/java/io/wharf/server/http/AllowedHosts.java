package io.wharf.server.http;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Host header values the API answers for: loopback names, the bind address and configured
 * names, with any port. When bound to every address, any IP literal too (a rebinding attack needs a
 * name it controls, never a literal).
 */
final class AllowedHosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");
    private final Set<String> names = new HashSet<>(List.of("localhost", "127.0.0.1", "::1"));
    private final boolean anyLiteral;

    AllowedHosts(String bind, List<String> configured) {
        String b = normalize(bind);
        names.add(b);
        configured.forEach(name -> names.add(normalize(name)));
        anyLiteral = b.equals("0.0.0.0") || b.equals("::") || b.isEmpty();
    }

    boolean permits(String hostHeader) {
        String host = normalize(stripPort(hostHeader.trim()));
        return names.contains(host) || anyLiteral && (IPV4.matcher(host).matches() || host.contains(":") && IPV6.matcher(host).matches());
    }

    private static String stripPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String normalize(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
