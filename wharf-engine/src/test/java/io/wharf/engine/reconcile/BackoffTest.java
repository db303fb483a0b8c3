package io.wharf.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void withoutFailuresEverythingIsAllowed() {
        assertThat(Backoff.NONE.failures()).isZero();
        assertThat(Backoff.NONE.allows(Instant.EPOCH)).isTrue();
        assertThat(Backoff.NONE.allows(NOW)).isTrue();
    }

    @Test
    void theDelayDoublesFromOneSecondAndStopsAtThirtySeconds() {
        List<Long> delays = new ArrayList<>();
        Backoff backoff = Backoff.NONE;
        for (int i = 0; i < 9; i++) {
            backoff = backoff.next(NOW);
            delays.add(Duration.between(NOW, backoff.notBefore()).toSeconds());
        }

        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L, 30L);
        assertThat(backoff.failures()).isEqualTo(9);
    }

    @Test
    void theDelayCountsFromTheLatestFailure() {
        Backoff first = Backoff.NONE.next(NOW);

        Backoff second = first.next(NOW.plusSeconds(100));

        assertThat(second.notBefore()).isEqualTo(NOW.plusSeconds(102));
    }

    @Test
    void anAttemptIsAllowedFromTheEndOfTheDelayOnNotBefore() {
        Backoff backoff = Backoff.NONE.next(NOW);

        assertThat(backoff.allows(NOW)).isFalse();
        assertThat(backoff.allows(NOW.plusMillis(999))).isFalse();
        assertThat(backoff.allows(NOW.plusSeconds(1))).isTrue();
        assertThat(backoff.allows(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void manyFailuresDoNotOverflowTheDelay() {
        Backoff many = new Backoff(10_000, NOW);

        assertThat(many.next(NOW).notBefore()).isEqualTo(NOW.plusSeconds(30));
    }
}
