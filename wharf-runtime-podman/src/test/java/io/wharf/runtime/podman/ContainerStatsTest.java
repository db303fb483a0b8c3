package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import io.wharf.engine.runtime.InstanceStats;
import org.junit.jupiter.api.Test;

class ContainerStatsTest {
    private static Statistics parse(String json) throws Exception {
        return new ObjectMapper().readValue(json, Statistics.class);
    }

    @Test
    void aReadingGivesCpuSecondsTheWorkingSetWithoutInactiveFileCacheAndNetworkBytesOfEveryInterface() throws Exception {
        Statistics statistics = parse("""
                {"cpu_stats": {"cpu_usage": {"total_usage": 2500000000}},
                 "memory_stats": {"usage": 50000000, "limit": 67108864, "stats": {"total_inactive_file": 8000000}},
                 "networks": {"eth0": {"rx_bytes": 100, "tx_bytes": 200}, "eth1": {"rx_bytes": 1, "tx_bytes": 2}}}""");

        assertThat(ContainerStats.of(statistics)).contains(new InstanceStats(2.5, 42000000, 67108864, 101, 202));
    }

    @Test
    void aReadingWithoutACpuCounterIsOfNoRunningContainer() throws Exception {
        assertThat(ContainerStats.of(parse("{\"memory_stats\": {}}"))).isEmpty();
    }
}
