package io.wharf.runtime.podman;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the container an OOM kill hit in one kernel log record ({@code /dev/kmsg} or dmesg). Since
 * Linux 4.19 the kill is logged as {@code oom-kill:...,task_memcg=/libpod_parent/libpod-<id>,...};
 * before, as {@code Task in /libpod_parent/libpod-<id> killed as a result of limit of ...}. The
 * memory cgroup of a Podman container is named after its full id, under either cgroup manager.
 */
final class KernelOomRecords {
    private static final Pattern TASK_MEMCG = Pattern.compile("oom-kill:.*\\btask_memcg=([^,\\s]+)");
    private static final Pattern TASK_IN = Pattern.compile("\\bTask in (\\S+) killed as a result of limit of");
    private static final Pattern CONTAINER = Pattern.compile("\\blibpod-([0-9a-f]{64})\\b");

    private KernelOomRecords() {
    }

    /** The full id of the container whose process the kernel killed for memory; empty for any other record. */
    static Optional<String> killedContainer(String record) {
        Matcher kill = TASK_MEMCG.matcher(record);
        Matcher old = TASK_IN.matcher(record);
        String memcg = kill.find() ? kill.group(1) : old.find() ? old.group(1) : null;
        if (memcg == null) {
            return Optional.empty();
        }
        Matcher container = CONTAINER.matcher(memcg);
        return container.find() ? Optional.of(container.group(1)) : Optional.empty();
    }
}
