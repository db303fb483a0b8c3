package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an instance printed, read back from Podman: output and error in order, the tail, and since.
 * Output and error are two pipes, and Podman records lines in the order it reads them: lines written
 * to both in the same instant may be recorded out of order (as {@code podman logs} shows them), so
 * the command pauses between its lines.
 */
class PodmanLogsIT {
    private static final List<String> PRINTS = List.of("/bin/sh", "-c",
            "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three; sleep 30");
    private static Path home;
    private final AppKey app = PodmanTests.newApp("podlog");
    private PodmanRuntime runtime;

    @BeforeAll
    static void buildTheSampleImageAndMakeAHome() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
    }

    @AfterAll
    static void stopTheService() throws Exception {
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

    private RuntimeInstance startPrinting() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, PRINTS, 0, 0, 0));
        await().atMost(Duration.ofSeconds(10)).until(
                () -> runtime.logs(instance.id(), LogQuery.defaults()).orElseThrow().size() == 3);
        return instance;
    }

    @Test
    void outputAndErrorComeBackAsLinesInTheOrderTheyWerePrinted() {
        RuntimeInstance instance = startPrinting();

        assertThat(runtime.logs(instance.id(), LogQuery.defaults())).hasValue(List.of("one", "two", "three"));
    }

    @Test
    void aTailOfOneGivesOnlyTheLastLine() {
        RuntimeInstance instance = startPrinting();

        assertThat(runtime.logs(instance.id(), LogQuery.tail(1))).hasValue(List.of("three"));
        assertThat(runtime.logs(instance.id(), LogQuery.tail(2))).hasValue(List.of("two", "three"));
    }

    @Test
    void linesOlderThanSinceAreLeftOut() throws InterruptedException {
        RuntimeInstance instance = startPrinting();
        assertThat(runtime.logs(instance.id(), LogQuery.defaults().withSinceSeconds(60))).hasValue(List.of("one", "two", "three"));

        Thread.sleep(3_000);

        assertThat(runtime.logs(instance.id(), LogQuery.defaults().withSinceSeconds(1))).hasValue(List.of());
    }

    @Test
    void anInstanceThatIsNotThereHasNoLogs() {
        assertThat(runtime.logs("web-nope", LogQuery.defaults())).isEmpty();
    }
}
