package io.wharf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void theMedianOfAnOddCountIsTheMiddleValueInOrder() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(7.5))).isEqualTo(7.5);
        assertThat(Stats.median(List.of(9.0, 1.0, 5.0, 100.0, 2.0))).isEqualTo(5.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4.0, 1.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of(10.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void theMedianOfNothingIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRatioIsOursOverThePeersAndUndefinedForAPeerThatTookNoTime() {
        assertThat(Stats.ratio(3.0, 2.0)).isEqualTo(1.5);
        assertThat(Stats.ratio(1.0, 0.0)).isNaN();
    }

    @Test
    void numbersHaveTwoDecimalsWithADotWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Stats.twoDecimals(3.14159)).isEqualTo("3.14");
            assertThat(Stats.twoDecimals(2.004)).isEqualTo("2.00");
            assertThat(Stats.twoDecimals(2.006)).isEqualTo("2.01");
            assertThat(Stats.twoDecimals(1.0 / 0.8)).isEqualTo("1.25");
            assertThat(Stats.twoDecimals(12)).isEqualTo("12.00");
            assertThat(Stats.twoDecimals(Double.NaN)).isEqualTo("n/a");
        } finally {
            Locale.setDefault(before);
        }
    }
}
