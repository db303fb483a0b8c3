package io.wharf.runtime.podman;

import io.wharf.engine.runtime.InstanceFile;
import java.nio.file.Path;
import java.util.Objects;

/** One file of an instance: written on this machine at {@code hostFile}, bind-mounted read-only at its path. */
record FileMount(Path hostFile, InstanceFile file) {
    FileMount {
        Objects.requireNonNull(hostFile, "hostFile");
        Objects.requireNonNull(file, "file");
    }

    String containerPath() {
        return file.path();
    }
}
