package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.InstanceSpecs;
import io.wharf.engine.runtime.RuntimeContractTest;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared runtime contract on Podman, where the engine starts each instance itself, and what
 * only a runtime that runs real processes on this machine can show. The runtime comes from the
 * provider with a fresh home, so the first test also covers starting {@code podman system service}
 * and the others reusing it.
 */
class PodmanRuntimeIT extends RuntimeContractTest<InstanceRuntime> {
    private static Path home;

    @BeforeAll
    static void buildTheSampleImageAndMakeAHome() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        Homes.delete(home);
    }

    @Override
    protected InstanceRuntime createRuntime() {
        return (InstanceRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @Override
    protected String httpImage() {
        return PodmanTests.IMAGE;
    }

    @Override
    protected RuntimeInstance bringUp(App app) {
        return runtime.start(InstanceSpecs.desired(app, newId()));
    }

    private static String newId() {
        return "web-" + UUID.randomUUID().toString().substring(0, 5);
    }

    @Test
    void aStartedInstanceAnswersHttpAtItsAddressOnLoopback() {
        RuntimeInstance instance = broughtUp(app(List.of(), Map.of()));

        assertThat(instance.host()).isEqualTo("127.0.0.1");
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
                HttpRequest.newBuilder(URI.create("http://" + instance.address() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200));
    }

    @Test
    void startingAMissingImageFailsClearlyAndLeavesNothingBehind() {
        InstanceSpec good = InstanceSpecs.desired(app(List.of(), Map.of()), newId());
        InstanceSpec missing = new InstanceSpec(good.id(), good.app(), 1, "localhost/wharf/no-such-image:404",
                List.of(), Map.of(), 8080, 0, 0, 1024, good.labels());

        assertThatThrownBy(() -> runtime.start(missing))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("localhost/wharf/no-such-image:404");
        assertThat(runtime.inspect(missing.id())).isEmpty();
    }
}
