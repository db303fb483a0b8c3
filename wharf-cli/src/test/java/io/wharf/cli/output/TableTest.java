package io.wharf.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void eachColumnIsAsWideAsItsWidestCellAndNoLineEndsInSpaces() {
        String text = new Table("NAME", "X").row("a", "long value").row("longer name", 1).render();

        assertThat(text).isEqualTo("""
                NAME          X
                a             long value
                longer name   1
                """);
    }

    @Test
    void missingCellsShowAsADashAndLineBreaksAsSpaces() {
        String text = new Table("A", "B", "C").row(null, "", "two\nlines").render();

        assertThat(text).isEqualTo("A   B   C\n-   -   two lines\n");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsABug() {
        assertThatThrownBy(() -> new Table("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
