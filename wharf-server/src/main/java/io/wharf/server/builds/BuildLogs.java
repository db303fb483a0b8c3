package io.wharf.server.builds;

import io.wharf.server.config.WharfHome;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Where builds keep their logs ($WHARF_HOME/builds/ID.log, kept after the build) and their clones. */
@Component
public class BuildLogs {
    private final Path dir;

    public BuildLogs(WharfHome home) {
        this.dir = home.dir().resolve("builds");
    }

    /** Build ids are UUIDs made here, checked again so that no path can be named. */
    public Path file(String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a build id: " + id);
        }
        return dir.resolve(id + ".log");
    }

    public Path workDirectory() {
        return dir.resolve("work");
    }
}
