package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OomKillsTest {
    private static final String ID = "98fa7776567d7e1282d4b3fdae0de4d79130168cebeb5721340faf1feae3cb5a";
    private static final String OTHER = "07897467c7102e4f69e92481a5dca104a71420ccc7b8bc8a7f628011d47cb882";
    @TempDir
    Path cgroups;

    private OomKills kills() {
        return new OomKills(new CgroupOomCounters(cgroups));
    }

    @Test
    void aContainerTheKernelKilledForMemoryIsOomKilledWhenItEndsBadly() {
        OomKills kills = kills();
        kills.heard("6,1592,1114886647,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),task_memcg=/libpod_parent/libpod-"
                + ID + ",task=sh,pid=14901,uid=0");

        assertThat(kills.oomKilled(ID, false, 137)).isTrue();
        assertThat(kills.oomKilled(ID, false, 1)).as("a killed child, the shell ended with 1").isTrue();
        assertThat(kills.oomKilled(ID, false, 0)).as("ended well after all").isFalse();
        assertThat(kills.oomKilled(OTHER, false, 137)).as("another container's SIGKILL").isFalse();
    }

    @Test
    void podmansOwnWordIsTaken() {
        assertThat(kills().oomKilled(OTHER, true, 137)).isTrue();
    }

    @Test
    void withoutTheKernelLogTheCgroupsCounterTellsWhileTheCgroupIsThere() throws IOException {
        Path v1 = Files.createDirectories(cgroups.resolve("memory/libpod_parent/libpod-" + ID));
        Files.writeString(v1.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
        Path v2 = Files.createDirectories(cgroups.resolve("machine.slice/libpod-" + OTHER + ".scope"));
        Files.writeString(v2.resolve("memory.events"), "low 0\nhigh 0\nmax 12\noom 1\noom_kill 0\n");

        assertThat(kills().oomKilled(ID, false, 137)).isTrue();
        assertThat(kills().oomKilled(OTHER, false, 137)).as("no kill counted").isFalse();
    }
}
