package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.health.ProbeAnswer;
import io.wharf.engine.health.ProbeAnswer.Kind;
import org.junit.jupiter.api.Test;

class HealthCheckRuleTest {
    static final ProbeAnswer NOT_FOUND = new ProbeAnswer(Kind.FAILING_STATUS, 404, null);
    static final ProbeAnswer UNAVAILABLE = new ProbeAnswer(Kind.FAILING_STATUS, 503, null);
    static final ProbeAnswer REFUSED = new ProbeAnswer(Kind.REFUSED, null, null);
    private final HealthCheckRule rule = new HealthCheckRule();

    @Test
    void aFailingStatusSaysWhichCheckAnsweredWhatForHowLongAndWhenLast() {
        Facts facts = Given.app().instance("hello-x7k2q", false, 2).probe("hello-x7k2q", "GET /healthz", UNAVAILABLE, 10, 50)
                .facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.HealthCheckFailing);
            assertThat(f.message()).isEqualTo("instance hello-x7k2q: health check GET /healthz on port 8080 answered 503"
                    + " for 40 s (last at 12:00:50Z)");
            assertThat(f.action()).contains("not healthy (503)").contains("wharf logs");
        });
    }

    @Test
    void aPathTheAppDoesNotServeIsToldToBePointedElsewhere() {
        Facts facts = Given.app().instance("hello-a", false, 2).probe("hello-a", "GET /nope", NOT_FOUND, 3, 5)
                .instance("hello-b", false, 2).probe("hello-b", "GET /nope", NOT_FOUND, 4, 5).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("instance hello-a: health check GET /nope on port 8080 answered 404 for 2 s"
                    + " (last at 12:00:05Z) (and on 1 other instance)");
            assertThat(f.evidence()).hasSize(2);
            assertThat(f.action()).contains("healthCheck.path");
        });
    }

    @Test
    void aCheckWithoutAnAnswerInTimeSaysSo() {
        Facts facts = Given.app().instance("hello-a", false, 2)
                .probe("hello-a", "GET /healthz", new ProbeAnswer(Kind.TIMEOUT, null, "got no answer within 1 s"), 3, 9).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("got no answer within 1 s for 6 s");
            assertThat(f.action()).contains("timeoutSeconds (1 s)");
        });
    }

    @Test
    void refusedConnectionsAndReadyInstancesAreNotThisRules() {
        Facts facts = Given.app().instance("hello-a", false, 2).probe("hello-a", "GET /healthz", REFUSED, 3, 9)
                .instance("hello-b", true, 2).probe("hello-b", "GET /healthz", UNAVAILABLE, 8, 9).facts();

        assertThat(rule.apply(facts)).isEmpty();
    }
}
