package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YieldingCgroupTest {
    @TempDir
    Path root;

    @Test
    void onCgroupV1TheGroupIsMadeBesideOthersWithTheLeastCpuWeight() throws IOException {
        Files.createDirectories(root.resolve("cpu"));

        assertThat(YieldingCgroup.prepare(root)).contains("/wharf_yielding");
        assertThat(Files.readString(root.resolve("cpu/wharf_yielding/cpu.shares"))).isEqualTo("2");
    }

    @Test
    void onCgroupV2OrWithoutACpuControllerThereIsNone() throws IOException {
        assertThat(YieldingCgroup.prepare(root)).isEmpty();
        Files.createDirectories(root.resolve("cpu"));
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids");

        assertThat(YieldingCgroup.prepare(root)).isEmpty();
        assertThat(root.resolve("cpu/wharf_yielding")).doesNotExist();
    }
}
