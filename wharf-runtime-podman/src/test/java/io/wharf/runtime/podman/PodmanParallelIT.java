package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine starts and stops up to 8 instances at once (its default parallelism) on one runtime. */
class PodmanParallelIT {
    private final AppKey app = PodmanTests.newApp("podpar");
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private Path home;
    private PodmanRuntime runtime;

    @BeforeEach
    void connect() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
        runtime = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
    }

    @AfterEach
    void removeEverythingOfThisTest() throws Exception {
        pool.shutdownNow();
        PodmanCli.removeContainersOf(app.system());
        runtime.close();
        Homes.delete(home);
    }

    @Test
    void eightInstancesStartAndStopAtOnceEachOnItsOwnPort() {
        List<RuntimeInstance> started = IntStream.range(0, 8)
                .mapToObj(n -> CompletableFuture.supplyAsync(
                        () -> runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0)), pool))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(started).allMatch(RuntimeInstance::running);
        assertThat(started).extracting(RuntimeInstance::port).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(runtime.list()).filteredOn(i -> i.app().equals(app)).hasSize(8);

        started.stream().map(i -> CompletableFuture.runAsync(() -> runtime.remove(i.id(), Duration.ofSeconds(2)), pool))
                .toList().forEach(CompletableFuture::join);

        assertThat(PodmanCli.containersOf(app.system())).isEmpty();
    }
}
