package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an instance printed, read back from Podman: output and error in order, the tail, and since.
 * Output and error are two pipes, and Podman records lines in the order it reads them: lines written
 * to both in the same instant may be recorded out of order (as {@code podman logs} shows them), so
 * the command pauses between its lines.
 */
class PodmanLogsIT extends AbstractPodmanRuntimeIT {
    private static final List<String> PRINTS = List.of("/bin/sh", "-c",
            "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three; sleep 30");

    PodmanLogsIT() {
        super("podlog");
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
