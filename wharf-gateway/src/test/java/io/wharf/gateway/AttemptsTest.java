package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpMethod;
import io.wharf.gateway.Attempts.Failure;
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
        assertThat(attempts.retry(Failure.BROKEN, false)).isTrue();
        assertThat(attempts.candidates(route(List.of(C)), health)).containsExactly(C);
    }

    @Test
    void withoutARouteNowTheBackendsTheRequestCameWithAreTried() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.GET);
        attempts.trying(A);
        attempts.retry(Failure.BROKEN, false);

        assertThat(attempts.candidates(null, health)).containsExactly(B);
    }

    @Test
    void aPostIsNeverTriedTwice() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.POST);
        attempts.trying(A);

        assertThat(attempts.anotherPossible(false)).isFalse();
        assertThat(attempts.retry(Failure.CONNECT, false)).isFalse();
        assertThat(attempts.retry(Failure.STALE, false)).isFalse();
    }

    @Test
    void aRequestWhoseBodyBeganToGoOutIsNeverTriedTwice() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.PUT);
        attempts.trying(A);

        assertThat(attempts.anotherPossible(true)).isFalse();
        assertThat(attempts.retry(Failure.BROKEN, true)).isFalse();
        assertThat(attempts.retry(Failure.STALE, true)).isFalse();
    }

    @Test
    void anIdempotentRequestIsTriedOnAnotherBackendOnceOnly() {
        Attempts attempts = new Attempts(route(List.of(A, B, C)), HttpMethod.GET);
        attempts.trying(A);
        assertThat(attempts.retry(Failure.CONNECT, false)).isTrue();
        attempts.trying(B);

        assertThat(attempts.anotherPossible(false)).isFalse();
        assertThat(attempts.retry(Failure.BROKEN, false)).isFalse();
    }

    @Test
    void theOnlyBackendIsTriedOnceMoreWhenItCouldNotBeReached() {
        Attempts attempts = new Attempts(route(List.of(A)), HttpMethod.GET);
        attempts.trying(A);

        assertThat(attempts.retry(Failure.CONNECT, false)).isTrue();
        assertThat(attempts.candidates(route(List.of(A)), health)).containsExactly(A);
    }

    @Test
    void aBackendThatBrokeTheConnectionWithTheRequestIsNotTriedAgain() {
        Attempts attempts = new Attempts(route(List.of(A)), HttpMethod.GET);
        attempts.trying(A);

        assertThat(attempts.retry(Failure.BROKEN, false)).isTrue();
        assertThat(attempts.candidates(route(List.of(A)), health)).isEmpty();
    }

    @Test
    void aPooledConnectionTheBackendClosedIsFollowedByANewConnectionToAnyBackend() {
        Attempts attempts = new Attempts(route(List.of(A)), HttpMethod.GET);
        attempts.trying(A);

        assertThat(attempts.retry(Failure.STALE, false)).isTrue();
        assertThat(attempts.newConnectionsOnly()).isTrue();
        assertThat(attempts.candidates(route(List.of(A)), health)).containsExactly(A);
    }

    @Test
    void aStalePooledConnectionLeavesTheRetryOnAnotherBackendButHappensOnlyOnce() {
        Attempts attempts = new Attempts(route(List.of(A, B)), HttpMethod.GET);
        attempts.trying(A);
        assertThat(attempts.retry(Failure.STALE, false)).isTrue();
        attempts.trying(A);

        assertThat(attempts.anotherPossible(false)).isTrue();
        assertThat(attempts.retry(Failure.BROKEN, false)).isTrue();
        assertThat(attempts.candidates(route(List.of(A, B)), health)).containsExactly(B);
        attempts.trying(B);
        assertThat(attempts.retry(Failure.STALE, false)).isFalse();
    }
}
