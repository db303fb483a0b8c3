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
    void recoveryClearsTheFailureAndTheBackoff() {
        context.fail(web, "boom");

        context.recovered(web);

        assertThat(context.failure(web)).isNull();
        assertThat(context.backoff(web).allows(NOW)).isTrue();
    }
}
