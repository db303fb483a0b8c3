package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void spansAreWholeSecondsMinutesOrHours() {
        assertThat(Texts.span(Duration.ofMillis(40_900))).isEqualTo("40 s");
        assertThat(Texts.span(Duration.ofSeconds(119))).isEqualTo("119 s");
        assertThat(Texts.span(Duration.ofMinutes(2))).isEqualTo("2 min");
        assertThat(Texts.span(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(Texts.span(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void amountsAreWrittenAsUsersWriteThem() {
        assertThat(Texts.cpu(4000)).isEqualTo("4");
        assertThat(Texts.cpu(1500)).isEqualTo("1.5");
        assertThat(Texts.cpu(250)).isEqualTo("250m");
        assertThat(Texts.memory(16L << 20)).isEqualTo("16Mi");
        assertThat(Texts.memory(8L << 30)).isEqualTo("8Gi");
        assertThat(Texts.memory(1000)).isEqualTo("1000");
    }

    @Test
    void lastLinesSkipBlankOnesAndAreCut() {
        assertThat(Texts.lastLines(List.of("a", "", "b", "c"), 2)).isEqualTo("b | c");
        assertThat(Texts.lastLines(List.of(), 3)).isEqualTo("(it wrote nothing)");
        assertThat(Texts.lastLines(List.of(String.join("", Collections.nCopies(300, "x"))), 1)).hasSize(161).endsWith("…");
    }
}
