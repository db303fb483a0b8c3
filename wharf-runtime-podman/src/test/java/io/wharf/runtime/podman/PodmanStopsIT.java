package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Instances whose PID 1 ignores SIGTERM are stopped side by side, each after its own grace period. */
class PodmanStopsIT extends AbstractPodmanRuntimeIT {
    private static final List<String> IGNORES_SIGTERM = List.of("sh", "-c", "exec httpd -f -p 8080 -h /tmp");

    PodmanStopsIT() {
        super("stops");
    }

    @Test
    void fiveInstancesThatIgnoreSigtermAreStoppedTogetherInAboutTheirGracePeriod() {
        List<RuntimeInstance> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(runtime.start(PodmanTests.spec(app, IGNORES_SIGTERM, 0, 0, 0)));
        }
        long before = System.nanoTime();

        CompletableFuture.allOf(started.stream().map(i -> CompletableFuture.runAsync(
                () -> runtime.remove(i.id(), Duration.ofSeconds(3)))).toArray(CompletableFuture[]::new)).join();

        Duration took = Duration.ofNanos(System.nanoTime() - before);
        assertThat(runtime.list()).noneMatch(i -> i.app().equals(app));
        assertThat(took).as("five stops of 3 s side by side").isGreaterThanOrEqualTo(Duration.ofSeconds(3))
                .isLessThan(Duration.ofSeconds(12));
    }
}
