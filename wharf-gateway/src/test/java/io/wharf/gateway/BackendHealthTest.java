package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackendHealthTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final BackendHealth health = new BackendHealth(now::get);
    private final Backend a = new Backend("a", "127.0.0.1", 8001);
    private final Backend b = new Backend("b", "127.0.0.1", 8002);

    @Test
    void three_consecutive_connect_failures_eject_a_backend_for_ten_seconds() {
        health.connectFailed(a);
        health.connectFailed(a);
        assertThat(health.usable(List.of(a, b), Set.of())).containsExactly(a, b);

        health.connectFailed(a);
        assertThat(health.usable(List.of(a, b), Set.of())).containsExactly(b);

        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(health.usable(List.of(a, b), Set.of())).containsExactly(a, b);
    }

    @Test
    void a_successful_connect_resets_the_failure_count() {
        health.connectFailed(a);
        health.connectFailed(a);
        health.of(a).connectSucceeded();
        health.connectFailed(a);

        assertThat(health.usable(List.of(a, b), Set.of())).containsExactly(a, b);
    }

    @Test
    void when_every_backend_is_ejected_the_untried_ones_are_still_used() {
        for (int i = 0; i < 3; i++) {
            health.connectFailed(a);
            health.connectFailed(b);
        }

        assertThat(health.usable(List.of(a, b), Set.of())).containsExactly(a, b);
        assertThat(health.usable(List.of(a, b), Set.of(a))).containsExactly(b);
    }

    @Test
    void requests_in_flight_are_counted_per_backend() {
        health.of(a).started();
        health.of(a).started();
        health.of(a).ended();

        assertThat(health.inFlight(a)).isEqualTo(1);
        assertThat(health.inFlight(b)).isZero();
    }
}
