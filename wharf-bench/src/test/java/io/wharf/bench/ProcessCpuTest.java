package io.wharf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void aProcessThatWorksUsesMoreCpuTimeAsItGoes() {
        long self = ProcessHandle.current().pid();
        Duration before = ProcessCpu.used(self);
        long deadline = System.nanoTime() + 200_000_000L;
        long spin = 0;
        while (System.nanoTime() < deadline) {
            spin++;
        }

        assertThat(spin).isPositive();
        assertThat(ProcessCpu.used(self).minus(before)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void cpuPerOperationIsInMicrosecondsAndUndefinedForNone() {
        assertThat(ProcessCpu.microsEach(Duration.ofMillis(30), 1000)).isEqualTo(30.0);
        assertThat(ProcessCpu.microsEach(Duration.ofMillis(30), 0)).isNaN();
        assertThatThrownBy(() -> ProcessCpu.used(Long.MAX_VALUE)).isInstanceOf(BenchException.class);
    }
}
