package io.wharf.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProbeResultsTest {
    private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
    private final ProbeResults results = new ProbeResults();

    @Test
    void failuresInARowKeepTheTimeOfTheFirstAndCount() {
        results.record("web-a", "GET /healthz", 8080, ProbeAnswer.failingStatus(503), T0);
        results.record("web-a", "GET /healthz", 8080, ProbeAnswer.failingStatus(503), T0.plusSeconds(1));
        ProbeResult last = results.record("web-a", "GET /healthz", 8080, ProbeAnswer.refused(), T0.plusSeconds(40));

        assertThat(last.failingSince()).isEqualTo(T0);
        assertThat(last.failingFor()).isEqualTo(Duration.ofSeconds(40));
        assertThat(last.failuresInARow()).isEqualTo(3);
        assertThat(last.answer().describe()).isEqualTo("could not connect (connection refused)");
        assertThat(results.of("web-a")).hasValue(last);
    }

    @Test
    void aPassEndsTheStreak() {
        results.record("web-a", "GET /healthz", 8080, ProbeAnswer.failingStatus(503), T0);
        ProbeResult passed = results.record("web-a", "GET /healthz", 8080, ProbeAnswer.passed(200), T0.plusSeconds(2));

        assertThat(passed.failing()).isFalse();
        assertThat(passed.failingFor()).isZero();
        assertThat(passed.failuresInARow()).isZero();
    }

    @Test
    void aChangedCheckStartsAfresh() {
        results.record("web-a", "GET /healthz", 8080, ProbeAnswer.failingStatus(404), T0);
        ProbeResult changed = results.record("web-a", "GET /ready", 8080, ProbeAnswer.failingStatus(404), T0.plusSeconds(9));

        assertThat(changed.failingSince()).isEqualTo(T0.plusSeconds(9));
        assertThat(changed.failuresInARow()).isEqualTo(1);
    }

    @Test
    void instancesThatAreGoneAreForgotten() {
        results.record("web-a", "TCP connect", 8080, ProbeAnswer.passed(null), T0);
        results.record("web-b", "TCP connect", 8080, ProbeAnswer.refused(), T0);

        results.retain(Set.of("web-b"));

        assertThat(results.of("web-a")).isEmpty();
        assertThat(results.of("web-b")).isPresent();
    }
}
