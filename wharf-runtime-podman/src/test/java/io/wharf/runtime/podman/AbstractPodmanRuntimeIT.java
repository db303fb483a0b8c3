package io.wharf.runtime.podman;

import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A Podman runtime on a home of its own, with the sample image built; every instance of the test's
 * app is removed after each test.
 */
abstract class AbstractPodmanRuntimeIT {
    static Path home;
    protected final AppKey app;
    protected PodmanRuntime runtime;

    protected AbstractPodmanRuntimeIT(String appPrefix) {
        this.app = PodmanTests.newApp(appPrefix);
    }

    @BeforeAll
    static void buildTheSampleImageAndMakeAHome() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
    }

    @AfterAll
    static void deleteTheHome() throws Exception {
        Homes.delete(home);
    }

    @BeforeEach
    void connect() {
        runtime = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @AfterEach
    void removeEverythingOfThisTest() {
        runtime.list().stream().filter(i -> i.app().equals(app)).forEach(i -> runtime.remove(i.id(), Duration.ofSeconds(1)));
        PodmanCli.removeContainersOf(app.system());
        runtime.close();
    }
}
