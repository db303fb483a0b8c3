package io.wharf.server.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void aChangedLineShowsWithThreeLinesOfContextAsDiffUPrintsIt() {
        String before = numbered(1, 10);
        String after = before.replace("line 5\n", "line five\n");

        assertThat(UnifiedDiff.of("app.conf@1", "app.conf@2", before, after)).isEqualTo("""
                --- app.conf@1
                +++ app.conf@2
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """);
    }

    @Test
    void changesFarApartAreTwoHunksAndAddedLinesAtTheEndCountRight() {
        String before = numbered(1, 20);
        String after = before.replace("line 2\n", "") + "line 21\n";

        assertThat(UnifiedDiff.of("a", "b", before, after)).isEqualTo("""
                --- a
                +++ b
                @@ -1,5 +1,4 @@
                 line 1
                -line 2
                 line 3
                 line 4
                 line 5
                @@ -18,3 +17,4 @@
                 line 18
                 line 19
                 line 20
                +line 21
                """);
    }

    @Test
    void fromNothingEverythingIsAddedAndAMissingFinalLineFeedIsMarked() {
        assertThat(UnifiedDiff.of("/dev/null", "b", "", "a\nb")).isEqualTo("""
                --- /dev/null
                +++ b
                @@ -0,0 +1,2 @@
                +a
                +b
                \\ No newline at end of file
                """);
    }

    @Test
    void aVeryDifferentTextIsShownReplacedAsAWhole() {
        String before = numbered(1, 3000);
        String after = numbered(5001, 8000);

        String diff = UnifiedDiff.of("a", "b", before, after);

        assertThat(diff).startsWith("--- a\n+++ b\n@@ -1,3000 +1,3000 @@\n-line 1\n");
        assertThat(diff.lines().filter(l -> l.startsWith("+line")).count()).isEqualTo(3000);
    }
}
