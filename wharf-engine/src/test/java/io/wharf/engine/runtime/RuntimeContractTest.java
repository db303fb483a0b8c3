package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.TemplateFingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every runtime must show, whichever infrastructure it drives and whoever keeps its
 * instances running. A runtime module extends this class and supplies a runtime, an image that
 * serves HTTP on port 8080, has {@code /bin/sh} and exits promptly on SIGTERM, and the way one
 * instance of an app is brought up on that runtime.
 */
public abstract class RuntimeContractTest<R extends Runtime> {
    protected R runtime;
    protected final AppKey key = new AppKey("contract-" + UUID.randomUUID().toString().substring(0, 8), "web");
    private final List<String> broughtUp = new ArrayList<>();

    protected abstract R createRuntime();

    protected abstract String httpImage();

    /**
     * Runs one instance of {@code app} the way this runtime is driven (started directly from the
     * spec the engine would make, or deployed and kept by the cluster's controllers) and returns it
     * once it runs.
     */
    protected abstract RuntimeInstance bringUp(App app);

    /**
     * Called once the instance's command has been told to exit. Where a real process runs, the
     * command exits by itself and there is nothing to do; a test double of the infrastructure
     * plays its part here.
     */
    protected void whenItsProcessExits(RuntimeInstance instance) {
    }

    @BeforeEach
    void openRuntime() {
        runtime = createRuntime();
    }

    @AfterEach
    void removeWhatTheTestBroughtUp() {
        broughtUp.forEach(id -> runtime.remove(id, Duration.ofSeconds(1)));
        runtime.close();
    }

    /** One instance of the contract's app, running this command with this environment. */
    protected App app(List<String> command, Map<String, String> env) {
        Instant now = Instant.now();
        AppTemplate template = new AppTemplate(httpImage(), 8080, null, command, env, null, null);
        return new App(key.system(), key.app(), 1, template, 1, now, now);
    }

    protected RuntimeInstance broughtUp(App app) {
        RuntimeInstance instance = bringUp(app);
        broughtUp.add(instance.id());
        return instance;
    }

    @Test
    void aBroughtUpInstanceRunsWithItsAppRevisionTemplateAndAnAddress() {
        App app = app(List.of(), Map.of());

        RuntimeInstance instance = broughtUp(app);

        assertThat(instance.running()).isTrue();
        assertThat(instance.app()).isEqualTo(key);
        assertThat(instance.revision()).isEqualTo(1);
        assertThat(instance.template()).isEqualTo(TemplateFingerprint.of(app.template()));
        assertThat(instance.host()).isNotBlank();
        assertThat(instance.port()).isPositive();
    }

    @Test
    void listAndInspectFindABroughtUpInstanceWithItsLabels() {
        App app = app(List.of(), Map.of());
        RuntimeInstance instance = broughtUp(app);

        assertThat(runtime.list()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(instance.id());
            assertThat(i.app()).isEqualTo(key);
            assertThat(i.revision()).isEqualTo(1);
            assertThat(i.template()).isEqualTo(TemplateFingerprint.of(app.template()));
        });
        assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> {
            assertThat(i.running()).isTrue();
            assertThat(i.address()).isEqualTo(instance.address());
        });
    }

    @Test
    void removeDeletesTheInstanceReportsItAndRemovingTwiceIsNoError() throws Exception {
        List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = broughtUp(app(List.of(), Map.of()));

            runtime.remove(instance.id(), Duration.ofSeconds(5));
            runtime.remove(instance.id(), Duration.ofSeconds(5));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events)
                    .contains(new RuntimeEvent(RuntimeEvent.Type.REMOVED, instance.id(), key)));
            assertThat(runtime.inspect(instance.id())).isEmpty();
            assertThat(runtime.list()).noneMatch(i -> i.id().equals(instance.id()));
        }
    }

    @Test
    void theCommandAndEnvironmentReachTheInstanceAndItsDeathIsReportedWithTheExitCode() throws Exception {
        List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = broughtUp(
                    app(List.of("/bin/sh", "-c", "sleep 1; exit $EXIT_CODE"), Map.of("EXIT_CODE", "7")));

            whenItsProcessExits(instance);

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events)
                    .contains(new RuntimeEvent(RuntimeEvent.Type.DIED, instance.id(), key)));
            assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> {
                assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED);
                assertThat(i.exitCode()).isEqualTo(7);
            });
        }
    }
}
