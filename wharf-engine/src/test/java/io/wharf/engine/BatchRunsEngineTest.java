package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.reconcile.BatchRuns;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Phase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch apps run to completion: a run that exits 0 is done, one that fails is retried after a back-off, a few times. */
class BatchRunsEngineTest {
    private static final AppKey JOB = new AppKey("demo", "job");
    private static final EngineSettings SETTINGS =
            new EngineSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(50));
    private final EngineOnMemory on = new EngineOnMemory(SETTINGS);
    private final InMemoryStore store = on.store;
    private final InMemoryRuntime runtime = on.runtime;
    private final DefaultEngine engine = on.engine;

    @BeforeEach
    void startTwoRuns() {
        on.create(JOB, 2, new AppTemplate("localhost/wharf/hello:1", null, AppType.BATCH, null, null, null, null));
        await().atMost(Duration.ofSeconds(5)).until(() -> runtime.running(JOB).size() == 2);
    }

    @AfterEach
    void closeEngine() {
        on.close();
    }

    private List<AppEvent> events(String reason) {
        return on.events(JOB, reason);
    }

    @Test
    void runsThatExitZeroEndTheAppSucceededAndAreNotStartedAgain() throws InterruptedException {
        runtime.running(JOB).forEach(i -> runtime.exit(i.id(), 0));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(store.findStatus(JOB)).hasValueSatisfying(s -> {
            assertThat(s.phase()).isEqualTo(Phase.Succeeded);
            assertThat(s.message()).isEqualTo("2 of 2 runs succeeded");
        }));
        assertThat(events("Completed")).hasSize(2);
        Thread.sleep(500);
        assertThat(runtime.startAttempts()).as("nothing is started again").isEqualTo(2);
        assertThat(engine.instances(JOB)).hasSize(2).allSatisfy(i -> assertThat(i.state()).isEqualTo("exited"));
    }

    @Test
    void aFailedRunIsRetriedAfterABackOffUntilTheRetriesAreSpentThenTheAppHasFailed() {
        String done = runtime.running(JOB).get(0).id();
        runtime.exit(done, 0);
        long[] lastFailure = {System.nanoTime()};
        for (int attempt = 0; attempt <= BatchRuns.RETRY_LIMIT; attempt++) {
            await().atMost(Duration.ofSeconds(10)).until(() -> runtime.running(JOB).size() == 1);
            if (attempt > 0) {
                long waitedMillis = (System.nanoTime() - lastFailure[0]) / 1_000_000;
                assertThat(waitedMillis).as("retry %d waits its back-off", attempt).isGreaterThanOrEqualTo(900);
            }
            lastFailure[0] = System.nanoTime();
            runtime.exit(runtime.running(JOB).get(0).id(), 1);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(store.findStatus(JOB)).hasValueSatisfying(s -> {
            assertThat(s.phase()).isEqualTo(Phase.Failed);
            assertThat(s.message()).startsWith("1 of 2 runs succeeded; gave up after 4 failed runs (at most 3 retries)");
        }));
        assertThat(runtime.startAttempts()).as("two first runs, then the retries").isEqualTo(2 + BatchRuns.RETRY_LIMIT);
        assertThat(events("Exited")).hasSize(BatchRuns.RETRY_LIMIT + 1);
        assertThat(events("Failed")).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(AppEvent.WARNING));
    }
}
