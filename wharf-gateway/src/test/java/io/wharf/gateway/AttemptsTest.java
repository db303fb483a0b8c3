package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptsTest {
    private static final Backend A = new Backend("web-a", "127.0.0.1", 40001);
    private static final Backend B = new Backend("web-b", "127.0.0.1", 40002);
    private static final Backend C = new Backend("web-c", "127.0.0.1", 40003);
    private final BackendHealth health = new BackendHealth(System::nanoTime);

    private static AppRoute route(List<Backend> backends) {
        return new AppRoute("shop", "web", List.of(), Balancing.ROUND_ROBIN, Balancer.of(Balancing.ROUND_ROBIN),
                backends);
    }

    @Test
    void aRetryGoesOnlyToABackendTheAppStillHasNotToOneBeingStopped() {
        Attempts attempts = new Attempts(route(List.of(A, B, C)), HttpMethod.GET);
        attempts.trying(A);

        assertThat(attempts.anotherPossible(false)).isTrue();
        assertThat(attempts.candidates(route(List.of(C)), health)).containsExactly(C);
    }

    @Test
    void withoutARouteNowTheBackendsTheRequestCameWithAreTried() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.GET);
        attempts.trying(A);

        assertThat(attempts.candidates(null, health)).containsExactly(B);
    }

    @Test
    void aPostIsNeverTriedTwice() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.POST);
        attempts.trying(A);

        assertThat(attempts.anotherPossible(false)).isFalse();
    }
}
