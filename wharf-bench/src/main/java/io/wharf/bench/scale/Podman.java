package io.wharf.bench.scale;

import io.wharf.bench.Command;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The podman command, run with argument lists. */
public final class Podman {
    private Podman() {
    }

    public static String run(String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("podman");
        command.addAll(Arrays.asList(args));
        return Command.run(command);
    }

    public static boolean imageExists(String image) {
        return Command.attempt(List.of("podman", "image", "exists", image)).exitCode() == 0;
    }

    /** Ids of the containers, running or not, that carry all these labels ({@code key=value}). */
    public static List<String> containersWithLabels(List<String> labels) {
        List<String> command = new ArrayList<>(List.of("podman", "ps", "-a", "-q", "--no-trunc"));
        labels.forEach(label -> command.addAll(List.of("--filter", "label=" + label)));
        String out = Command.run(command);
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    /** Removes these containers at once (SIGKILL, no grace); a container already gone is no error. */
    public static void removeForce(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("podman", "rm", "-f", "-t", "0", "--ignore"));
        command.addAll(ids);
        Command.run(command);
    }
}
