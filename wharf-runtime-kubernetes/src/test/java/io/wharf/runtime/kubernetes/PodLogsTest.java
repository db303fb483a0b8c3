package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodLogsTest {
    @Test
    void aLogIsSplitIntoLinesWithoutTheirEnds() {
        assertThat(PodLogs.lines("one\r\ntwo\n\nthree\n")).containsExactly("one", "two", "", "three");
    }

    @Test
    void aLastLineWithoutNewlineIsALineAndAnEmptyLogHasNone() {
        assertThat(PodLogs.lines("one\ntwo")).containsExactly("one", "two");
        assertThat(PodLogs.lines("")).isEmpty();
        assertThat(PodLogs.lines("\n")).containsExactly("");
    }
}
