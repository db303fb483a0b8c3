package io.wharf.bench.build;

import io.wharf.bench.Command;
import java.util.ArrayList;
import java.util.List;

/** Podman's local images of one registry (the bench's own), removed at the end with what they left. */
final class LocalImages implements AutoCloseable {
    private final String registry;

    LocalImages(String registry) {
        this.registry = registry;
    }

    /** The ids of local images named in the registry. */
    List<String> ids() {
        String out = Command.run(List.of("podman", "images", "--all", "--format", "{{.ID}} {{.Repository}}"));
        return out.lines().map(line -> line.split(" ", 2))
                .filter(parts -> parts.length == 2 && parts[1].startsWith(registry + "/"))
                .map(parts -> parts[0]).distinct().toList();
    }

    @Override
    public void close() {
        List<String> ids = ids();
        if (!ids.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("podman", "rmi", "--force", "--ignore"));
            command.addAll(ids);
            Command.attempt(command);
        }
    }
}
