package io.wharf.runtime.podman;

import io.wharf.engine.Threads;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an OOM kill from other kills. Podman 4.3 with conmon 2.1 never sets {@code State.OOMKilled}:
 * conmon writes its "oom" marker where Podman does not look, so such an exit looks like any SIGKILL
 * (137). The kernel logs every OOM kill with the killed task's memory cgroup, named after the
 * container: one thread follows {@code /dev/kmsg} (readable by root or with CAP_SYSLOG) and remembers
 * the containers hit. Without it the container's cgroup counter is read, which only works while the
 * cgroup is still there.
 */
final class OomKills {
    private static final Logger LOG = LoggerFactory.getLogger(OomKills.class);
    static final Path KMSG = Path.of("/dev/kmsg");
    /** A SIGKILL's exit may be seen before the kernel's record of it is read: how long to wait for it. */
    static final Duration RECORD_WAIT = Duration.ofMillis(500);
    private static final int KEPT = 4096;
    private static OomKills shared;
    private final Set<String> killed = new LinkedHashSet<>();
    private final CgroupOomCounters counters;
    private volatile boolean following;

    OomKills(CgroupOomCounters counters) {
        this.counters = counters;
    }

    /** The one instance of this process, following the kernel log from its first use on. */
    static synchronized OomKills shared() {
        if (shared == null) {
            shared = new OomKills(new CgroupOomCounters(Path.of("/sys/fs/cgroup"))).follow(KMSG);
        }
        return shared;
    }

    /** Follows the kernel log on a daemon thread, from the oldest record it still holds. */
    OomKills follow(Path kmsg) {
        FileChannel channel;
        try {
            channel = FileChannel.open(kmsg, StandardOpenOption.READ);
        } catch (IOException | SecurityException e) {
            LOG.info("{} is not readable ({}): an OOM kill is told from other kills only while the container's"
                    + " cgroup is still there", kmsg, e.toString());
            return this;
        }
        following = true;
        Threads.named("oom-kills").newThread(() -> read(channel)).start();
        return this;
    }

    private void read(FileChannel channel) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(16 * 1024);
        try (channel) {
            while (true) {
                buffer.clear();
                try {
                    if (channel.read(buffer) < 0) {
                        break;
                    }
                } catch (IOException e) {
                    if (!channel.isOpen()) {
                        break;
                    }
                    continue; // EPIPE: records were overwritten before they were read; go on with the next
                }
                buffer.flip();
                heard(StandardCharsets.UTF_8.decode(buffer).toString());
            }
        } catch (IOException e) {
            LOG.debug("closing the kernel log failed", e);
        } finally {
            following = false;
        }
    }

    /** One kernel log record. */
    void heard(String record) {
        KernelOomRecords.killedContainer(record).ifPresent(id -> {
            synchronized (killed) {
                killed.add(id);
                if (killed.size() > KEPT) {
                    killed.remove(killed.iterator().next());
                }
                killed.notifyAll();
            }
        });
    }

    /**
     * Whether the container's process that ended with {@code exitCode} was killed for memory: Podman
     * says so, or the kernel killed a process of the container for memory and it did not end well.
     */
    boolean oomKilled(String containerId, boolean podmanSaysSo, int exitCode) {
        if (podmanSaysSo) {
            return true;
        }
        if (exitCode == 0) {
            return false;
        }
        return recorded(containerId, exitCode == 137 && following ? RECORD_WAIT : Duration.ZERO)
                || counters.killed(containerId);
    }

    private boolean recorded(String containerId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (killed) {
            while (!killed.contains(containerId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    killed.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
