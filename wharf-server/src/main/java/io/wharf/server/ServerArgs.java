package io.wharf.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns Wharf's short flags ({@code --home DIR}, {@code --port=N}) into Spring properties. */
final class ServerArgs {
    private static final Map<String, String> FLAGS = Map.of(
            "--home", "wharf.home",
            "--port", "wharf.port",
            "--bind", "wharf.bind",
            "--podman-socket", "wharf.podman-socket",
            "--max-replicas", "wharf.max-replicas",
            "--domain", "wharf.domain",
            "--gateway-port", "wharf.gateway.port",
            "--dns-port", "wharf.dns.port");

    private ServerArgs() {
    }

    static String[] translate(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            String property = FLAGS.get(flag);
            if (property == null) {
                out.add(arg);
            } else if (eq >= 0) {
                out.add("--" + property + "=" + arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                out.add("--" + property + "=" + args[++i]);
            } else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
        }
        return out.toArray(String[]::new);
    }
}
