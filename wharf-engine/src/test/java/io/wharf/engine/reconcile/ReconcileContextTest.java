package io.wharf.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.EngineSettings;
import io.wharf.model.AppKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReconcileContextTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final ReconcileContext context =
            new ReconcileContext(EngineSettings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final AppKey web = new AppKey("demo", "web");
    private final AppKey api = new AppKey("demo", "api");

    @Test
    void aFailureIsRememberedAndBacksOffFurtherStartsOfThatAppOnly() {
        Backoff backoff = context.fail(web, "could not start an instance: boom");

        assertThat(context.failure(web)).isEqualTo("could not start an instance: boom");
        assertThat(backoff.notBefore()).isEqualTo(NOW.plusSeconds(1));
        assertThat(context.backoff(web).allows(NOW)).isFalse();
        assertThat(context.failure(api)).isNull();
        assertThat(context.backoff(api).allows(NOW)).isTrue();
    }

    @Test
    void repeatedFailuresBackOffLonger() {
        context.fail(web, "one");
        Backoff second = context.fail(web, "two");

        assertThat(second.notBefore()).isEqualTo(NOW.plusSeconds(2));
        assertThat(context.failure(web)).isEqualTo("two");
    }

    @Test
    void aNotedFailureIsReportedButDoesNotDelayStarts() {
        context.note(web, "instance web-x exited with code 1");

        assertThat(context.failure(web)).isEqualTo("instance web-x exited with code 1");
        assertThat(context.backoff(web)).isEqualTo(Backoff.NONE);
    }

    @Test
    void recoveryClearsTheFailureAndTheBackOffOnlyOnceTheAppStayedWellAMinute() {
        Instant[] now = {NOW};
        ReconcileContext ticking = new ReconcileContext(EngineSettings.DEFAULTS, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        ticking.fail(web, "crashed soon after its start");
        now[0] = NOW.plusSeconds(2);

        ticking.recovered(web);
        Backoff second = ticking.fail(web, "crashed soon after its start");

        assertThat(second.failures()).as("a moment of Available does not reset the back-off").isEqualTo(2);
        now[0] = second.notBefore().plus(ReconcileContext.STABLE).plusSeconds(1);
        ticking.recovered(web);
        assertThat(ticking.failure(web)).isNull();
        assertThat(ticking.backoff(web)).isEqualTo(Backoff.NONE);
    }

    @Test
    void aForgottenAppLeavesNothingBehind() {
        context.fail(web, "boom");

        context.forget(web);

        assertThat(context.failure(web)).isNull();
        assertThat(context.backoff(web)).isEqualTo(Backoff.NONE);
    }
}
