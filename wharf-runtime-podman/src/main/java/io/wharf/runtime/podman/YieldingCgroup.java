package io.wharf.runtime.podman;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cgroup offline and batch containers run under, beside Podman's own {@code /libpod_parent}: on cgroup v1
 * with write access and no systemd (rootful Podman with the cgroupfs manager, as here), {@code /wharf_yielding} with
 * {@code cpu.shares} 2, as Kubernetes gives its BestEffort pods. Their CPU weight then counts against everything
 * else on the machine (the server, its gateway, online containers), not only against other containers, so they
 * run in what is left idle. Elsewhere (cgroup v2, rootless) there is none, and their lower {@code --cpu-shares}
 * is all that holds them back.
 */
final class YieldingCgroup {
    static final Path ROOT = Path.of("/sys/fs/cgroup");
    static final String NAME = "/wharf_yielding";
    static final String SHARES = "2";
    private static final Logger LOG = LoggerFactory.getLogger(YieldingCgroup.class);

    private YieldingCgroup() {
    }

    /** Makes the cgroup under {@code /sys/fs/cgroup} if this machine allows it; its path for Podman's cgroup parent. */
    static Optional<String> prepare() {
        if (Files.isDirectory(Path.of("/run/systemd/system"))) {
            // Podman's default cgroup manager is then systemd, which takes only slices as parents
            LOG.info("systemd runs this machine: offline and batch containers are held back by their cpu-shares alone");
            return Optional.empty();
        }
        return prepare(ROOT);
    }

    /** Makes the cgroup under {@code root} if it is cgroup v1 with write access; its path for Podman's cgroup parent. */
    static Optional<String> prepare(Path root) {
        Path cpu = root.resolve("cpu");
        if (!Files.isDirectory(cpu) || Files.exists(root.resolve("cgroup.controllers"))) {
            LOG.info("no cgroup v1 cpu controller at {}: offline and batch containers are held back by their cpu-shares alone",
                    cpu);
            return Optional.empty();
        }
        Path group = cpu.resolve(NAME.substring(1));
        try {
            Files.createDirectories(group);
            Files.writeString(group.resolve("cpu.shares"), SHARES);
            return Optional.of(NAME);
        } catch (IOException | RuntimeException e) {
            LOG.info("cannot set up the cgroup {} ({}): offline and batch containers are held back by their cpu-shares alone",
                    group, e.toString());
            return Optional.empty();
        }
    }
}
