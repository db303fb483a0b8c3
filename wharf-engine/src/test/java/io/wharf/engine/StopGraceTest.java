package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instances that wait out their grace period when stopped never hold back the starts of their replacements. */
class StopGraceTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final Strategy ROLLING =
            new Strategy(StrategyType.ROLLING, Amount.percent(25), Amount.ZERO, 600, true, 0, List.of(), null);
    private static final EngineSettings SETTINGS =
            new EngineSettings(2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(50));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRuntime runtime = new InMemoryRuntime().ignoringSigterm();
    private DefaultEngine engine;

    @BeforeEach
    void startTheEngine() {
        store.createSystem(new SystemSpec("demo", "the test system", Instant.now()));
        engine = new DefaultEngine(store, runtime, SETTINGS, Clock.systemUTC());
        engine.start();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
        runtime.close();
    }

    private static AppTemplate template(String mode, Integer stopGraceSeconds) {
        return new AppTemplate("localhost/wharf/hello:1", 8080, null, null, Map.of("MODE", mode), null, null,
                List.of(), List.of(), List.of(), stopGraceSeconds);
    }

    private App create(AppTemplate template) {
        Instant now = Instant.now();
        App app = new App(WEB.system(), WEB.app(), 5, template, 1, now, now, null, ROLLING);
        store.createApp(app, new Release(WEB, 1, template, ROLLING, "admin", now, "first"));
        engine.appChanged(WEB);
        await().atMost(Duration.ofSeconds(5)).until(() -> revision(1) == 5);
        return app;
    }

    private void roll(App app, AppTemplate next) {
        Instant now = Instant.now();
        assertThat(store.updateApp(app.withRelease(next, 2, ROLLING, now), new Release(WEB, 2, next, ROLLING, "admin", now,
                "v2"))).isTrue();
        engine.appChanged(WEB);
    }

    private long revision(long revision) {
        return runtime.running(WEB).stream().filter(i -> i.revision() == revision).count();
    }

    @Test
    void aRolloutOfFiveInstancesThatIgnoreSigtermStartsTheNewOnesWithoutWaitingOnTheStops() {
        App app = create(template("one", 30));

        roll(app, template("two", 30));

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(revision(2))
                .as("%s; %s", engine.instances(WEB), store.events(WEB)).isEqualTo(5));
        assertThat(runtime.removedByWharf()).as("the old instances are still waiting out their 30 s").isEmpty();
        assertThat(runtime.graces()).hasSize(5).containsOnly(Duration.ofSeconds(30));
        assertThat(engine.instances(WEB)).filteredOn(i -> i.revision() == 1)
                .allSatisfy(i -> assertThat(i.state()).isEqualTo("terminating"));
    }

    @Test
    void anAppWithoutAGracePeriodOfItsOwnGetsTheEngines() {
        App app = create(template("one", null));

        roll(app, template("two", null));

        await().atMost(Duration.ofSeconds(5)).until(() -> revision(2) == 5 && runtime.removedByWharf().size() == 5);
        assertThat(runtime.graces()).containsOnly(SETTINGS.stopGrace());
        assertThat(runtime.running(WEB)).extracting(RuntimeInstance::revision).containsOnly(2L);
    }
}
