package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservedInstanceTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final Instant STARTED = Instant.parse("2025-06-01T12:00:00Z");

    private static RuntimeInstance instance(RuntimeInstance.State state, String host, Integer port) {
        return new RuntimeInstance("web-bcdfg", WEB, 3, state, host, port, STARTED, 2, null);
    }

    @Test
    void aRunningInstanceThatIsNotBeingTakenDownIsLive() {
        ObservedInstance running = ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, null, null), false);

        assertThat(running.live()).isTrue();
        assertThat(running.asTerminating().live()).isFalse();
        assertThat(ObservedInstance.of(instance(RuntimeInstance.State.EXITED, null, null), false).live()).isFalse();
    }

    @Test
    void anInstanceBeingTakenDownIsNotReady() {
        ObservedInstance ready = ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, null, null), true);

        assertThat(ready.asTerminating().ready()).isFalse();
    }

    @Test
    void anInstanceThatStoppedRunningIsNoLongerReady() {
        ObservedInstance ready = ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, null, null), true);

        assertThat(ready.withInstance(instance(RuntimeInstance.State.EXITED, null, null)).ready()).isFalse();
        assertThat(ready.withInstance(instance(RuntimeInstance.State.RUNNING, null, null)).ready()).isTrue();
    }

    @Test
    void usersSeeStateReadinessAddressRevisionRestartsAndStartTime() {
        Instance view = ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, "127.0.0.1", 40123), true).view();

        assertThat(view).isEqualTo(new Instance("web-bcdfg", "running", true, "127.0.0.1:40123", 3, 2, STARTED));
    }

    @Test
    void anInstanceWithoutAPublishedPortHasNoAddress() {
        assertThat(ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, "127.0.0.1", null), false).view().address())
                .isNull();
    }

    @Test
    void usersSeeAnInstanceBeingTakenDownAsTerminating() {
        ObservedInstance stopping = ObservedInstance.of(instance(RuntimeInstance.State.RUNNING, null, null), true)
                .asTerminating();

        assertThat(stopping.view().state()).isEqualTo("terminating");
        assertThat(stopping.view().ready()).isFalse();
    }
}
