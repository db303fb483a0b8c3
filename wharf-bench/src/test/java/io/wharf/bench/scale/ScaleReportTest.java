package io.wharf.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleReportTest {
    @Test
    void theResultLineHasTheMediansOfTheRoundsAndTheirRatioWithTwoDecimals() {
        List<RoundResult> rounds = List.of(new RoundResult(3.5, 2.0), new RoundResult(3.0, 2.5),
                new RoundResult(9.0, 2.2));

        assertThat(ScaleReport.resultLine(rounds)).isEqualTo("scale: wharf=3.50 podman=2.20 ratio=1.59");
    }

    @Test
    void theRatioIsComputedFromTheMediansNotFromTheirRoundedText() {
        // 1.006 / 0.994 = 1.012; rounding first would give 1.01 / 0.99 = 1.020
        assertThat(ScaleReport.resultLine(List.of(new RoundResult(1.006, 0.994))))
                .isEqualTo("scale: wharf=1.01 podman=0.99 ratio=1.01");
    }

    @Test
    void withTwoRoundsTheMedianIsTheirMean() {
        assertThat(ScaleReport.resultLine(List.of(new RoundResult(4.0, 2.0), new RoundResult(2.0, 3.0))))
                .isEqualTo("scale: wharf=3.00 podman=2.50 ratio=1.20");
    }

    @Test
    void theResultLineMatchesTheFormatTheLauncherPromises() {
        assertThat(ScaleReport.resultLine(List.of(new RoundResult(12.345, 0.5))))
                .matches("scale: wharf=\\d+\\.\\d\\d podman=\\d+\\.\\d\\d ratio=\\d+\\.\\d\\d");
    }

    @Test
    void aRoundPrintsAsAProgressLineWithSeconds() {
        assertThat(new RoundResult(3.214, 2.949).line("round 1")).isEqualTo("round 1: wharf=3.21s podman=2.95s");
    }
}
