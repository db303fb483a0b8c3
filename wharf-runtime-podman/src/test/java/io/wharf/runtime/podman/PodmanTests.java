package io.wharf.runtime.podman;

import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared by the integration tests: specs of the sample image, and throwaway homes. */
final class PodmanTests {
    static final String IMAGE = PodmanCli.HELLO_IMAGE;

    private PodmanTests() {
    }

    /** A short, unique system name, so that tests never touch each other's containers. */
    static AppKey newApp(String prefix) {
        return new AppKey(prefix + "-" + UUID.randomUUID().toString().substring(0, 6), "web");
    }

    static InstanceSpec spec(AppKey app, List<String> command, long cpuMillis, long memoryBytes, int cpuShares) {
        String id = "web-" + UUID.randomUUID().toString().substring(0, 5);
        return new InstanceSpec(id, app, 3, IMAGE, command, Map.of("GREETING", "hi"), 8080, cpuMillis, memoryBytes,
                cpuShares, Map.of(Labels.SYSTEM, app.system(), Labels.APP, app.app(), Labels.INSTANCE, id,
                Labels.REVISION, "3", "example.org/team", "blue"));
    }

    /** A new home directory, short enough for a unix socket path. */
    static Path newHome() {
        return Homes.create("pit");
    }
}
