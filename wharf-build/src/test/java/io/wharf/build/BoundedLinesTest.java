package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
    private static List<String> lines(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        BoundedLines.read(new StringReader(text), max, lines::add);
        return lines;
    }

    @Test
    void linesAreSplitOnNewlinesWithCarriageReturnsDropped() throws IOException {
        assertThat(lines("one\r\ntwo\n\nthree", 100)).containsExactly("one", "two", "", "three");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAndTheNextLineIsWhole() throws IOException {
        assertThat(lines("a".repeat(50_000) + "\nnext\n", 10)).containsExactly("a".repeat(10) + BoundedLines.CUT, "next");
    }
}
