package io.wharf.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, found upwards from the working directory (a module's folder in Maven). */
public final class Repo {
    private Repo() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("wharf")) && Files.isDirectory(d.resolve("images"))) {
                return d;
            }
        }
        throw new IllegalStateException("not inside the Wharf repository: " + dir);
    }

    public static Path serverJar() {
        return root().resolve("wharf-server").resolve("target").resolve("wharf-server.jar");
    }
}
