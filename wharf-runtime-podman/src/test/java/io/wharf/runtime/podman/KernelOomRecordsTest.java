package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelOomRecordsTest {
    private static final String ID = "c288a546fa7a111d7b76814d5e3e8a20ca988bbdeb51428f8696704839cd642e";

    @Test
    void anOomKillRecordOfLinux6NamesTheContainerOfTheKilledTask() {
        String record = "6,1691,1145528528,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=libpod-" + ID
                + ",mems_allowed=0,oom_memcg=/libpod_parent/libpod-" + ID + ",task_memcg=/libpod_parent/libpod-" + ID
                + ",task=sh,pid=15694,uid=0";

        assertThat(KernelOomRecords.killedContainer(record)).hasValue(ID);
    }

    @Test
    void theSystemdCgroupManagersScopeIsUnderstoodToo() {
        String record = "oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/machine.slice/libpod-" + ID
                + ".scope,task_memcg=/machine.slice/libpod-" + ID + ".scope/container,task=java,pid=9,uid=0";

        assertThat(KernelOomRecords.killedContainer(record)).hasValue(ID);
    }

    @Test
    void theRecordOfOlderKernelsIsUnderstood() {
        String record = "Task in /libpod_parent/libpod-" + ID + " killed as a result of limit of /libpod_parent/libpod-" + ID;

        assertThat(KernelOomRecords.killedContainer(record)).hasValue(ID);
    }

    @Test
    void otherRecordsAndKillsOutsideContainersNameNone() {
        assertThat(KernelOomRecords.killedContainer("3,1692,1145528565,-;Memory cgroup out of memory: Killed process"
                + " 15694 (sh) total-vm:26852kB")).isEmpty();
        assertThat(KernelOomRecords.killedContainer("oom-kill:constraint=CONSTRAINT_NONE,task_memcg=/user.slice,"
                + "task=chrome,pid=4,uid=1000")).isEmpty();
        assertThat(KernelOomRecords.killedContainer("6,1,1,-;cni-podman0: port 1(veth55c86313) entered"
                + " disabled state")).isEmpty();
    }
}
