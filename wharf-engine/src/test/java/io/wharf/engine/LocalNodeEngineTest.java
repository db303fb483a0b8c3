package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.colocation.Resources;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine on a machine of 2 CPUs: online apps reserve what they ask for, offline apps use the rest and yield. */
class LocalNodeEngineTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final AppKey HOG = new AppKey("demo", "hog");
    private static final EngineSettings SETTINGS = new EngineSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMillis(50)).withNode(new Resources(2000, 8L << 30));
    private final EngineOnMemory on = new EngineOnMemory(SETTINGS);
    private final InMemoryStore store = on.store;
    private final InMemoryRuntime runtime = on.runtime;
    private final DefaultEngine engine = on.engine;

    @AfterEach
    void closeEngine() {
        on.close();
    }

    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(5));
    }

    private static AppTemplate template(AppType type, String cpu) {
        return new AppTemplate("localhost/wharf/hello:1", null, type, null, null, new io.wharf.model.Resources(cpu, null), null);
    }

    private void create(AppKey key, AppType type, String cpu, int replicas) {
        on.create(key, replicas, template(type, cpu));
    }

    private void scale(AppKey key, int replicas) {
        App app = store.findApp(key).orElseThrow();
        assertThat(store.updateApp(app.withReplicas(replicas, Instant.now()))).isTrue();
        engine.appChanged(key);
    }

    private Set<String> running(AppKey key) {
        return runtime.running(key).stream().map(RuntimeInstance::id).collect(Collectors.toSet());
    }

    private AppStatus status(AppKey key) {
        return store.findStatus(key).orElseThrow();
    }

    private List<AppEvent> events(AppKey key, String reason) {
        return on.events(key, reason);
    }

    private void awaitPhase(AppKey key, Phase phase, int running) {
        eventually().untilAsserted(() -> {
            assertThat(store.findStatus(key)).hasValueSatisfying(s -> assertThat(s.phase()).as(s.message()).isEqualTo(phase));
            assertThat(running(key)).hasSize(running);
        });
    }

    @Test
    void anOnlineScaleUpEvictsTheNewestOfflineInstancesWhichComeBackWhenItScalesDown() {
        create(HOG, AppType.OFFLINE, "500m", 4);
        awaitPhase(HOG, Phase.Available, 4);
        create(WEB, AppType.ONLINE, "500m", 1);
        awaitPhase(WEB, Phase.Available, 1);

        scale(WEB, 2);

        awaitPhase(WEB, Phase.Available, 2);
        eventually().untilAsserted(() -> {
            assertThat(events(HOG, "Evicted")).hasSize(2).allSatisfy(e -> {
                assertThat(e.type()).isEqualTo(AppEvent.WARNING);
                assertThat(e.message()).contains("the online app demo/web needs its room");
            });
            assertThat(running(HOG)).hasSize(2); // which two: newest first, as ClassAwarePolicyTest shows
            assertThat(status(HOG).phase()).isIn(Phase.Progressing, Phase.Degraded);
            assertThat(status(HOG).message()).contains("2/4 instances ready", "2 pending: no room on this machine");
            assertThat(events(HOG, "Pending")).last().satisfies(e -> assertThat(e.message())
                    .contains("2 instances wait for room on this machine", "each asks for 500m CPU",
                            "this machine offers 2 CPU", "online apps reserve 1 CPU"));
        });

        scale(WEB, 0);

        awaitPhase(HOG, Phase.Available, 4);
    }

    @Test
    void anOfflineAppNeverTakesWhatOnlineAppsReserve() {
        create(WEB, AppType.ONLINE, "1500m", 1);
        awaitPhase(WEB, Phase.Available, 1);

        create(HOG, AppType.BATCH, "1", 2);

        eventually().untilAsserted(() -> {
            assertThat(running(HOG)).isEmpty();
            assertThat(status(HOG).message()).contains("2 pending: no room on this machine");
        });
        scale(WEB, 1);
        assertThat(running(WEB)).hasSize(1);
    }

    @Test
    void anOnlineInstanceThatWouldNotFitEvenWithoutOfflineWorkWaitsAndNothingIsEvictedForIt() {
        create(HOG, AppType.OFFLINE, "500m", 1);
        awaitPhase(HOG, Phase.Available, 1);

        create(WEB, AppType.ONLINE, "1500m", 2);

        eventually().untilAsserted(() -> {
            assertThat(running(WEB)).hasSize(1);
            assertThat(status(WEB).message()).contains("1 pending: no room on this machine");
            assertThat(events(WEB, "Pending")).singleElement().satisfies(e -> assertThat(e.message())
                    .contains("1 instance waits for room on this machine", "online apps reserve 1500m CPU",
                            "offline and batch apps use 500m CPU"));
        });
        assertThat(events(HOG, "Evicted")).as("evicting the offline instance would not make room").isEmpty();
        assertThat(running(HOG)).hasSize(1);
    }

    @Test
    void appsThatAskForNothingAreNeverHeldBack() {
        create(WEB, AppType.ONLINE, "2", 1);
        awaitPhase(WEB, Phase.Available, 1);

        AppKey free = new AppKey("demo", "free");
        on.create(free, 3, new AppTemplate("localhost/wharf/hello:1", null, null, null, null, null, null));

        awaitPhase(free, Phase.Available, 3);
    }
}
