package io.wharf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairTest {

    @Test
    void wharfGoesFirstInOddRoundsAndThePeerInEvenOnesAndEachKeepsItsOwnResult() {
        List<String> order = new ArrayList<>();
        for (int round = 1; round <= 4; round++) {
            int r = round;
            Pair<String> pair = Pair.measure(round, () -> record(order, "wharf" + r), () -> record(order, "peer" + r));
            assertThat(pair.wharf()).isEqualTo("wharf" + round);
            assertThat(pair.peer()).isEqualTo("peer" + round);
        }

        assertThat(order).containsExactly("wharf1", "peer1", "peer2", "wharf2", "wharf3", "peer3", "peer4", "wharf4");
        assertThatThrownBy(() -> Pair.measure(0, () -> "w", () -> "p")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String record(List<String> order, String side) {
        order.add(side);
        return side;
    }
}
