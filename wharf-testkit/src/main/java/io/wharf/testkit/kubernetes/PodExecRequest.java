package io.wharf.testkit.kubernetes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a client asked the mock cluster to run in a pod: the container and the argument vector, in order. */
public record PodExecRequest(String namespace, String pod, String container, List<String> command, boolean stdin,
                             boolean tty) {
    static PodExecRequest parse(String namespace, String pod, String query) {
        List<String> command = new ArrayList<>();
        String container = null;
        boolean stdin = false;
        boolean tty = false;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "command" -> command.add(value);
                case "container" -> container = value;
                case "stdin" -> stdin = Boolean.parseBoolean(value);
                case "tty" -> tty = Boolean.parseBoolean(value);
                default -> { }
            }
        }
        return new PodExecRequest(namespace, pod, container, List.copyOf(command), stdin, tty);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
