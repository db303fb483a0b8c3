package io.wharf.bench.colocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.bench.BenchException;
import io.wharf.bench.gateway.WrkResult;
import org.junit.jupiter.api.Test;

class ColocationReportTest {
    @Test
    void utilisationIsTheBusyShareOfEveryTickBetweenTwoReadingsOfProcStat() {
        CpuTimes before = CpuTimes.parse("cpu  100 0 50 800 50 0 0 0 0 0");
        CpuTimes after = CpuTimes.parse("cpu  400 0 150 1200 50 0 0 0 0 0");

        assertThat(before).isEqualTo(new CpuTimes(150, 1000));
        assertThat(after.utilisationSince(before)).isEqualTo(50.0);
    }

    @Test
    void aLineThatIsNotTheCpuLineIsRefused() {
        assertThatThrownBy(() -> CpuTimes.parse("intr 12345 0 0")).isInstanceOf(BenchException.class)
                .hasMessageContaining("not the cpu line");
    }

    @Test
    void theLastLineGivesEachPhasesP99AndTheUtilisationWithAndWithoutTheOfflineWork() {
        PhaseResult alone = new PhaseResult("alone", new WrkResult(650, 3.2, 6.571, 0, ""), 51.84);
        PhaseResult classes = new PhaseResult("classes", new WrkResult(654, 3.1, 6.43, 0, ""), 99.6);
        PhaseResult equal = new PhaseResult("equal", new WrkResult(673, 3.0, 6.06, 0, ""), 100);

        assertThat(PhaseResult.lastLine(alone, classes, equal)).isEqualTo(
                "colocation: alone_p99=6.57 classes_p99=6.43 equal_p99=6.06 util_alone=51.8 util_classes=99.6");
        assertThat(classes.line()).isEqualTo("phase classes: 654 req/s p50=3.10ms p99=6.43ms cpu=99.6%");
    }
}
