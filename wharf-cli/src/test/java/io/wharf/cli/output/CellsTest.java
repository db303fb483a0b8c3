package io.wharf.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void agesUseTheLargestUnitThatKeepsTwoDigitsOfPrecision() {
        assertThat(Cells.age(Duration.ofSeconds(7))).isEqualTo("7s");
        assertThat(Cells.age(Duration.ofSeconds(119))).isEqualTo("119s");
        assertThat(Cells.age(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Cells.age(Duration.ofMinutes(119))).isEqualTo("119m");
        assertThat(Cells.age(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(Cells.age(Duration.ofDays(3).plusHours(4))).isEqualTo("3d");
    }

    @Test
    void aStartInTheFutureByClockSkewIsZeroSecondsOld() {
        assertThat(Cells.age(Duration.ofSeconds(-3))).isEqualTo("0s");
    }

    @Test
    void timestampsAreShownToTheSecondInUtcAndAnythingElseAsItCame() {
        assertThat(Cells.timestamp(NODES.textNode("2026-11-26T06:53:37.987654Z"))).isEqualTo("2026-11-26T06:53:37Z");
        assertThat(Cells.timestamp(NODES.textNode("yesterday"))).isEqualTo("yesterday");
        assertThat(Cells.timestamp(NODES.nullNode())).isEmpty();
    }

    @Test
    void anAgeOfSomethingWithoutATimeIsEmpty() {
        assertThat(Cells.age(MissingNode.getInstance(), Instant.now())).isEmpty();
        assertThat(Cells.age(NODES.textNode("2026-11-26T06:00:00Z"), Instant.parse("2026-11-26T06:10:00Z")))
                .isEqualTo("10m");
    }
}
