package io.wharf.runtime.podman;

import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.RuntimeContractTest;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared runtime contract on Podman. The runtime comes from the provider with a fresh home, so
 * the first test also covers starting {@code podman system service} and the others reusing it.
 */
class PodmanRuntimeIT extends RuntimeContractTest {
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
    protected Runtime createRuntime() {
        return new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @Override
    protected String httpImage() {
        return PodmanTests.IMAGE;
    }
}
