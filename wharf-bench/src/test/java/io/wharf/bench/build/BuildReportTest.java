package io.wharf.bench.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildReportTest {
    @Test
    void theResultLineHasTheMediansOfTheRoundsAndTheirRatioWithTwoDecimals() {
        List<BuildRound> rounds = List.of(new BuildRound(9.5, 8.0), new BuildRound(9.0, 8.5), new BuildRound(30.0, 8.2));

        assertThat(BuildReport.resultLine(rounds)).isEqualTo("build: wharf=9.50 podman=8.20 ratio=1.16");
    }

    @Test
    void theRatioIsComputedFromTheMediansNotFromTheirRoundedText() {
        // 1.006 / 0.994 = 1.012; rounding first would give 1.01 / 0.99 = 1.020
        assertThat(BuildReport.resultLine(List.of(new BuildRound(1.006, 0.994))))
                .isEqualTo("build: wharf=1.01 podman=0.99 ratio=1.01");
    }

    @Test
    void withTwoRoundsTheMedianIsTheirMean() {
        assertThat(BuildReport.resultLine(List.of(new BuildRound(4.0, 2.0), new BuildRound(2.0, 3.0))))
                .isEqualTo("build: wharf=3.00 podman=2.50 ratio=1.20");
    }

    @Test
    void theResultLineMatchesTheFormatTheIssuePromises() {
        assertThat(BuildReport.resultLine(List.of(new BuildRound(12.345, 0.5))))
                .matches("build: wharf=\\d+\\.\\d\\d podman=\\d+\\.\\d\\d ratio=\\d+\\.\\d\\d");
    }

    @Test
    void aPeerThatTookNoTimeGivesNoRatioRatherThanInfinity() {
        assertThat(BuildReport.resultLine(List.of(new BuildRound(1.0, 0.0))))
                .isEqualTo("build: wharf=1.00 podman=0.00 ratio=n/a");
    }

    @Test
    void aRoundPrintsAsAProgressLineWithSeconds() {
        assertThat(new BuildRound(9.214, 8.949).line("warm-up 1")).isEqualTo("warm-up 1: wharf=9.21s podman=8.95s");
    }
}
