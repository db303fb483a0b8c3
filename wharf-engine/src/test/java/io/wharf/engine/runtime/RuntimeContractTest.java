package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.EngineException;
import io.wharf.model.AppKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every runtime must show, whichever infrastructure it drives. A runtime module
 * extends this class and supplies a runtime and an image that serves HTTP on port 8080, has
 * {@code /bin/sh}, and exits promptly on SIGTERM.
 */
public abstract class RuntimeContractTest {
    protected Runtime runtime;
    private final AppKey app = new AppKey("contract-" + UUID.randomUUID().toString().substring(0, 8), "web");
    private final List<String> started = new ArrayList<>();

    protected abstract Runtime createRuntime();

    protected abstract String httpImage();

    @BeforeEach
    void openRuntime() {
        runtime = createRuntime();
    }

    @AfterEach
    void removeWhatTheTestStarted() {
        started.forEach(id -> runtime.remove(id, Duration.ofSeconds(1)));
        runtime.close();
    }

    protected InstanceSpec spec(List<String> command, Map<String, String> env) {
        String id = "web-" + UUID.randomUUID().toString().substring(0, 5);
        started.add(id);
        return new InstanceSpec(id, app, 1, httpImage(), command, env, 8080, 0, 0, 1024,
                Map.of(Labels.SYSTEM, app.system(), Labels.APP, app.app(), Labels.INSTANCE, id, Labels.REVISION, "1"));
    }

    @Test
    void aStartedInstanceRunsAndAnswersHttpAtItsAddress() throws Exception {
        RuntimeInstance instance = runtime.start(spec(List.of(), Map.of()));

        assertThat(instance.running()).isTrue();
        assertThat(instance.app()).isEqualTo(app);
        assertThat(instance.revision()).isEqualTo(1);
        assertThat(instance.host()).isEqualTo("127.0.0.1");
        assertThat(instance.port()).isPositive();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
                HttpRequest.newBuilder(URI.create("http://" + instance.address() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200));
    }

    @Test
    void listAndInspectFindAStartedInstanceWithItsLabels() {
        RuntimeInstance instance = runtime.start(spec(List.of(), Map.of()));

        assertThat(runtime.list()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(instance.id());
            assertThat(i.app()).isEqualTo(app);
            assertThat(i.revision()).isEqualTo(1);
        });
        assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> assertThat(i.running()).isTrue());
    }

    @Test
    void removeDeletesTheInstanceAndRemovingTwiceIsNoError() {
        RuntimeInstance instance = runtime.start(spec(List.of(), Map.of()));

        runtime.remove(instance.id(), Duration.ofSeconds(5));
        runtime.remove(instance.id(), Duration.ofSeconds(5));

        assertThat(runtime.inspect(instance.id())).isEmpty();
        assertThat(runtime.list()).noneMatch(i -> i.id().equals(instance.id()));
    }

    @Test
    void theCommandAndEnvironmentReachTheInstanceAndItsDeathIsReported() throws Exception {
        List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable ignored = runtime.watch(events::add)) {
            RuntimeInstance instance = runtime.start(
                    spec(List.of("/bin/sh", "-c", "sleep 1; exit $EXIT_CODE"), Map.of("EXIT_CODE", "7")));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(RuntimeEvent.Type.DIED);
                assertThat(e.instanceId()).isEqualTo(instance.id());
                assertThat(e.app()).isEqualTo(app);
            }));
            assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> {
                assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED);
                assertThat(i.exitCode()).isEqualTo(7);
            });
        }
    }

    @Test
    void startingAMissingImageFailsClearlyAndLeavesNothingBehind() {
        InstanceSpec good = spec(List.of(), Map.of());
        InstanceSpec missing = new InstanceSpec(good.id(), good.app(), 1, "localhost/wharf/no-such-image:404",
                List.of(), Map.of(), 8080, 0, 0, 1024, good.labels());

        assertThatThrownBy(() -> runtime.start(missing))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("localhost/wharf/no-such-image:404");
        assertThat(runtime.inspect(missing.id())).isEmpty();
    }
}
