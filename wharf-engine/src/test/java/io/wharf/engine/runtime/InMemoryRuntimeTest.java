package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.EngineException;
import io.wharf.model.AppKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test double the engine tests rely on behaves like a runtime where it can: the parts of
 * {@code RuntimeContractTest} that need no real process (no /bin/sh command, no exit code) are checked here.
 */
class InMemoryRuntimeTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private final InMemoryRuntime runtime = new InMemoryRuntime();
    private final List<RuntimeEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        runtime.close();
    }

    private static InstanceSpec spec(String id, Integer port) {
        return new InstanceSpec(id, WEB, 1, "localhost/wharf/hello:1", List.of(), Map.of(), port, 0, 0, 1024,
                Map.of(Labels.APP, "web"));
    }

    private static RuntimeEvent event(RuntimeEvent.Type type, String id) {
        return new RuntimeEvent(type, id, WEB);
    }

    @Test
    void aStartedInstanceRunsIsListedAndPublishesItsPortOnLoopback() {
        RuntimeInstance started = runtime.start(spec("web-1", 8080));

        assertThat(started.running()).isTrue();
        assertThat(started.host()).isEqualTo("127.0.0.1");
        assertThat(started.port()).isPositive();
        assertThat(runtime.list()).containsExactly(started);
        assertThat(runtime.inspect("web-1")).hasValue(started);
        assertThat(runtime.start(spec("web-2", null)).address()).isNull();
    }

    @Test
    void startRemoveAndExitAreReportedToWatchersInOrder() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            runtime.start(spec("web-1", 8080));
            runtime.start(spec("web-2", 8080));
            runtime.remove("web-1", Duration.ofSeconds(1));
            runtime.exit("web-2", 7);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(events).containsExactly(
                    event(RuntimeEvent.Type.STARTED, "web-1"), event(RuntimeEvent.Type.STARTED, "web-2"),
                    event(RuntimeEvent.Type.DIED, "web-1"), event(RuntimeEvent.Type.REMOVED, "web-1"),
                    event(RuntimeEvent.Type.DIED, "web-2")));
        }
        assertThat(runtime.inspect("web-2")).hasValueSatisfying(i -> {
            assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED);
            assertThat(i.exitCode()).isEqualTo(7);
        });
    }

    @Test
    void removingTwiceOrRemovingAnUnknownInstanceIsNoError() {
        runtime.start(spec("web-1", 8080));

        runtime.remove("web-1", Duration.ZERO);
        runtime.remove("web-1", Duration.ZERO);
        runtime.remove("never-there", Duration.ZERO);

        assertThat(runtime.inspect("web-1")).isEmpty();
        assertThat(runtime.list()).isEmpty();
        assertThat(runtime.removedByWharf()).containsExactly("web-1");
    }

    @Test
    void aFailingStartSaysWhyAndLeavesNothingBehind() {
        runtime.failStarts("no such image");

        assertThatThrownBy(() -> runtime.start(spec("web-1", 8080)))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("localhost/wharf/hello:1").hasMessageContaining("no such image");
        assertThat(runtime.inspect("web-1")).isEmpty();
        assertThat(runtime.startAttempts()).isEqualTo(1);
    }

    @Test
    void aClosedWatchHearsNothingMore() throws Exception {
        AutoCloseable watch = runtime.watch(events::add);
        watch.close();
        List<RuntimeEvent> other = new CopyOnWriteArrayList<>();
        runtime.watch(other::add);

        runtime.start(spec("web-1", 8080));

        await().atMost(Duration.ofSeconds(5)).until(() -> !other.isEmpty());
        assertThat(events).isEmpty();
    }
}
