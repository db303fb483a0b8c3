package io.wharf.runtime.podman;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A container's count of OOM kills in its memory cgroup ({@code oom_kill} in cgroup v1's
 * {@code memory.oom_control}, v2's {@code memory.events}), where Podman's cgroupfs and systemd
 * managers put it. The cgroup goes when the container is cleaned up, soon after it exits, so this
 * only answers while it is still there.
 */
final class CgroupOomCounters {
    private final Path root;

    /** @param root where the cgroup file systems are mounted, normally {@code /sys/fs/cgroup} */
    CgroupOomCounters(Path root) {
        this.root = root;
    }

    boolean killed(String containerId) {
        for (Path file : places(containerId)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("oom_kill ") && !line.substring("oom_kill ".length()).trim().equals("0")) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // not this layout, or the cgroup is gone already
            }
        }
        return false;
    }

    private List<Path> places(String id) {
        String cgroupfs = "libpod_parent/libpod-" + id;
        String systemd = "machine.slice/libpod-" + id + ".scope";
        return List.of(root.resolve("memory").resolve(cgroupfs).resolve("memory.oom_control"),
                root.resolve("memory").resolve(systemd).resolve("memory.oom_control"),
                root.resolve(cgroupfs).resolve("memory.events"),
                root.resolve(systemd).resolve("memory.events"),
                root.resolve(systemd).resolve("container").resolve("memory.events"));
    }
}
