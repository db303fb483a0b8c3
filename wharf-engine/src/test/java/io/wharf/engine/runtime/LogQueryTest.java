package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogQueryTest {
    @Test
    void theDefaultIsTheLastHundredLinesHoweverOld() {
        assertThat(LogQuery.defaults()).isEqualTo(new LogQuery(100, null));
    }

    @Test
    void tailIsOneToTenThousandLines() {
        assertThat(LogQuery.tail(1).tailLines()).isEqualTo(1);
        assertThat(LogQuery.tail(10_000).tailLines()).isEqualTo(10_000);
        assertThatThrownBy(() -> LogQuery.tail(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 10000");
        assertThatThrownBy(() -> LogQuery.tail(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sinceIsAtLeastOneSecond() {
        assertThat(LogQuery.tail(5).withSinceSeconds(60)).isEqualTo(new LogQuery(5, 60L));
        assertThatThrownBy(() -> LogQuery.tail(5).withSinceSeconds(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
