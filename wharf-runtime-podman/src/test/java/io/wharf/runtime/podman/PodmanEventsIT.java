package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.RuntimeEvent.Type;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream as Podman delivers it: out-of-band changes, listener failures, a broken stream. */
class PodmanEventsIT {
    private final AppKey app = PodmanTests.newApp("podevt");
    private final List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
    private Path home;
    private PodmanRuntime runtime;

    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    @BeforeEach
    void connect() {
        home = PodmanTests.newHome();
        runtime = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @AfterEach
    void removeEverythingOfThisTest() throws Exception {
        PodmanCli.removeContainersOf(app.system());
        runtime.close();
        Homes.delete(home);
    }

    private List<RuntimeEvent> eventsOf(String instanceId) {
        return events.stream().filter(e -> instanceId.equals(e.instanceId())).toList();
    }

    @Test
    void aStartedInstanceIsReportedWithItsApp() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(instance.id()))
                    .contains(new RuntimeEvent(Type.STARTED, instance.id(), app)));
        }
    }

    @Test
    void anInstanceRemovedOutOfBandIsReportedAsDiedThenRemoved() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));
            String container = PodmanCli.containersOf(app.system()).get(0);

            PodmanCli.podman("rm", "-f", "-t", "0", container);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(instance.id()))
                    .extracting(RuntimeEvent::type).containsSubsequence(Type.STARTED, Type.DIED, Type.REMOVED));
            assertThat(runtime.inspect(instance.id())).isEmpty();
        }
    }

    @Test
    void anInstanceKilledOutOfBandIsReportedAsDiedWithItsExitCode() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

            PodmanCli.podman("kill", PodmanCli.containersOf(app.system()).get(0));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(instance.id()))
                    .contains(new RuntimeEvent(Type.DIED, instance.id(), app)));
            assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> {
                assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED);
                assertThat(i.exitCode()).isEqualTo(137);
            });
        }
    }

    @Test
    void containersWithoutWharfLabelsAreNotReported() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            String name = "wharf-unlabelled-" + app.system();
            PodmanCli.podman("run", "-d", "--name", name, "--label", "wharf.io/system=" + app.system(),
                    PodmanTests.IMAGE, "/bin/sh", "-c", "sleep 1; exit 0");
            RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

            await().atMost(Duration.ofSeconds(10)).until(() -> !eventsOf(instance.id()).isEmpty());
            assertThat(events).allSatisfy(e -> assertThat(e.instanceId()).isEqualTo(instance.id()));
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheStream() throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        try (AutoCloseable ignored = runtime.watch(e -> {
            if (thrown.compareAndSet(false, true)) {
                throw new IllegalStateException("a listener bug");
            }
            events.add(e);
        })) {
            runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));
            await().atMost(Duration.ofSeconds(10)).untilTrue(thrown);
            RuntimeInstance second = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(second.id()))
                    .contains(new RuntimeEvent(Type.STARTED, second.id(), app)));
        }
    }

    @Test
    void aBrokenStreamReconnectsAndAsksForAResync() throws Exception {
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            killTheService();
            Thread.sleep(1500);
            new PodmanRuntimeProvider().create(Map.of("home", home.toString())).close();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events).contains(RuntimeEvent.resync()));
            RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(instance.id()))
                    .contains(new RuntimeEvent(Type.STARTED, instance.id(), app)));
            assertThat(events).filteredOn(e -> e.type() == Type.RESYNC).hasSize(1);
        }
    }

    @Test
    void aClosedWatchHearsNothingMore() throws Exception {
        AutoCloseable watch = runtime.watch(events::add);
        watch.close();

        runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        Thread.sleep(1500);
        assertThat(events).isEmpty();
    }

    private void killTheService() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("podman-service.pid")).trim());
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow();
        service.destroy();
        service.onExit().get(10, TimeUnit.SECONDS);
    }
}
