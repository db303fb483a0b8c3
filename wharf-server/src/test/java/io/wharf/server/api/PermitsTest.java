package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PermitsTest {
    @Test
    void pastTheCapACallerIsToldToRetryAndAClosedPermitFreesAPlace() {
        Permits permits = new Permits(2, "log reads", 3);
        Permits.Permit first = permits.acquire();
        permits.acquire();

        assertThatThrownBy(permits::acquire).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.retryAfterSeconds()).isEqualTo(3);
            assertThat(e.status().value()).isEqualTo(429);
            assertThat(e.getMessage()).contains("too many log reads");
        });
        first.close();
        assertThat(permits.acquire()).isNotNull();
    }

    @Test
    void oneTokenTakesAtMostItsShareAndLeavesTheOtherPlacesToOthers() {
        Permits permits = new Permits(4, 2, "log reads", 1);
        Permits.Permit first = permits.acquire("t-alice");
        permits.acquire("t-alice");

        assertThatThrownBy(() -> permits.acquire("t-alice")).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.getMessage()).contains("this token already holds 2 log reads"));
        assertThat(permits.acquire("t-bob")).isNotNull();
        assertThat(permits.acquire("t-bob")).isNotNull();
        assertThatThrownBy(() -> permits.acquire("t-carol")).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.getMessage()).contains("too many log reads"));
        first.close();
        assertThat(permits.acquire("t-carol")).as("a refused try took no place").isNotNull();
        assertThatThrownBy(() -> permits.acquire("t-dave")).isInstanceOf(TooManyRequestsException.class);
    }
}
