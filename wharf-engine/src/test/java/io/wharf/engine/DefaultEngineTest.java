package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.ScriptedExec;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.HealthCheck;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.Release;
import io.wharf.model.RolloutPhase;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import io.wharf.model.SystemSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine against an in-memory runtime and store: what a user of the API sees happen to an app. */
class DefaultEngineTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final AppTemplate HELLO = new AppTemplate("localhost/wharf/hello:1", 8080, null, null,
            Map.of("MODE", "test"), null, null);
    private static final EngineSettings SETTINGS =
            new EngineSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(50));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRuntime runtime = new InMemoryRuntime();
    private DefaultEngine engine;

    @BeforeEach
    void createSystem() {
        store.createSystem(new SystemSpec("demo", "the test system", Instant.now()));
    }

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
        runtime.close();
    }

    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(5));
    }

    private void startEngine() {
        engine = new DefaultEngine(store, runtime, SETTINGS, Clock.systemUTC());
        engine.start();
    }

    private App create(int replicas, AppTemplate template) {
        Instant now = Instant.now();
        App app = new App(WEB.system(), WEB.app(), replicas, template, 1, now, now);
        store.createApp(app);
        engine.appChanged(WEB);
        return app;
    }

    private void change(App changed, Release release) {
        assertThat(store.updateApp(changed, release)).isTrue();
        engine.appChanged(WEB);
    }

    private void change(App changed) {
        assertThat(store.updateApp(changed)).isTrue();
        engine.appChanged(WEB);
    }

    private AppStatus status() {
        return store.findStatus(WEB).orElse(null);
    }

    private void awaitAvailable(int replicas) {
        eventually().untilAsserted(() -> {
            assertThat(status()).isNotNull();
            assertThat(status().phase()).as(status().message()).isEqualTo(Phase.Available);
            assertThat(status().readyReplicas()).isEqualTo(replicas);
            assertThat(runtime.running(WEB)).hasSize(replicas);
        });
    }

    private List<AppEvent> events(String reason) {
        return store.events(WEB).stream().filter(e -> e.reason().equals(reason)).toList();
    }

    private Set<String> runningIds() {
        return runtime.running(WEB).stream().map(RuntimeInstance::id).collect(Collectors.toSet());
    }

    @Test
    void anAppWithThreeReplicasGetsThreeReadyInstancesAndBecomesAvailable() {
        startEngine();

        create(3, HELLO);

        awaitAvailable(3);
        assertThat(status()).isEqualTo(new AppStatus(Phase.Available, 3, 3, "3/3 instances ready"));
        assertThat(runtime.startAttempts()).isEqualTo(3);
        assertThat(engine.instances(WEB)).hasSize(3).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo("running");
            assertThat(i.ready()).isTrue();
            assertThat(i.revision()).isEqualTo(1);
            assertThat(i.address()).startsWith("127.0.0.1:");
        });
        assertThat(events("Started")).hasSize(3).allSatisfy(e -> assertThat(e.type()).isEqualTo(AppEvent.NORMAL));
        eventually().until(() -> !events("Available").isEmpty());
    }

    @Test
    void everyInstanceIsStartedWithTheAppsSpecAndItsOwnIdentity() {
        startEngine();

        create(2, HELLO);

        awaitAvailable(2);
        assertThat(runtime.running(WEB)).allSatisfy(i -> assertThat(runtime.spec(i.id())).hasValueSatisfying(spec -> {
            assertThat(spec.image()).isEqualTo("localhost/wharf/hello:1");
            assertThat(spec.env()).containsEntry("MODE", "test").containsEntry("WHARF_INSTANCE", i.id())
                    .containsEntry("PORT", "8080");
            assertThat(spec.labels()).containsEntry("wharf.io/app", "web").containsEntry("wharf.io/instance", i.id());
        }));
    }

    @Test
    void reconcilingAnAppThatIsAlreadyAvailableChangesNothing() {
        startEngine();
        create(3, HELLO);
        awaitAvailable(3);
        eventually().until(() -> !events("Available").isEmpty());
        Set<String> before = runningIds();
        int events = store.events(WEB).size();

        engine.appChanged(WEB);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(runtime.startAttempts()).isEqualTo(3);
            assertThat(runningIds()).isEqualTo(before);
            assertThat(store.events(WEB)).hasSize(events);
        });
    }

    @Test
    void anInstanceThatDiesIsReplacedAndItsExitIsRecordedAsAWarning() {
        startEngine();
        create(2, HELLO);
        awaitAvailable(2);
        String victim = runtime.running(WEB).get(0).id();

        runtime.exit(victim, 1);

        eventually().untilAsserted(() -> assertThat(events("Exited")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AppEvent.WARNING);
            assertThat(e.message()).contains(victim, "exited with code 1", "starting a replacement");
        }));
        awaitAvailable(2);
        assertThat(runningIds()).doesNotContain(victim);
        assertThat(runtime.inspect(victim)).as("the dead instance is cleaned up").isEmpty();
        assertThat(runtime.startAttempts()).isEqualTo(3);
    }

    @Test
    void anInstanceThatDiesSoonAfterItsStartMakesTheAppDegradedUntilItIsReplaced() {
        startEngine();
        create(1, HELLO);
        awaitAvailable(1);
        String victim = runtime.running(WEB).get(0).id();

        runtime.exit(victim, 3);

        eventually().untilAsserted(() -> assertThat(events("Degraded")).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(AppEvent.WARNING);
            assertThat(e.message()).startsWith("Degraded: 0/1 instances ready")
                    .contains("instance " + victim + " exited with code 3 soon after its start");
        }));
        awaitAvailable(1);
    }

    @Test
    void anInstanceRemovedOutsideWharfIsReplacedAndAWarningNamesIt() {
        startEngine();
        create(2, HELLO);
        awaitAvailable(2);
        String victim = runtime.running(WEB).get(0).id();

        runtime.removeOutsideWharf(victim);

        eventually().untilAsserted(() -> assertThat(store.events(WEB)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(AppEvent.WARNING);
            assertThat(e.message()).contains(victim);
        }));
        awaitAvailable(2);
        assertThat(runningIds()).doesNotContain(victim);
    }

    @Test
    void afterAResyncTheEngineReplacesInstancesThatVanishedUnseen() {
        startEngine();
        create(2, HELLO);
        awaitAvailable(2);
        String vanished = runtime.running(WEB).get(0).id();
        runtime.loseWithoutEvents(vanished);

        runtime.resync();

        awaitAvailable(2);
        assertThat(runningIds()).doesNotContain(vanished);
        assertThat(engine.instances(WEB)).extracting(Instance::id).doesNotContain(vanished).hasSize(2);
    }

    @Test
    void scalingUpStartsOnlyTheMissingInstances() {
        startEngine();
        App app = create(1, HELLO);
        awaitAvailable(1);
        Set<String> first = runningIds();

        change(app.withReplicas(3, Instant.now()));

        awaitAvailable(3);
        assertThat(runningIds()).containsAll(first);
        assertThat(runtime.startAttempts()).isEqualTo(3);
    }

    @Test
    void scalingToZeroStopsEveryInstanceWithoutWarnings() {
        startEngine();
        App app = create(3, HELLO);
        awaitAvailable(3);
        Set<String> started = runningIds();

        change(app.withReplicas(0, Instant.now()));

        eventually().untilAsserted(() -> {
            assertThat(runtime.list()).isEmpty();
            assertThat(status()).isEqualTo(new AppStatus(Phase.Available, 0, 0, "scaled to zero"));
            assertThat(engine.instances(WEB)).isEmpty();
        });
        assertThat(runtime.removedByWharf()).containsExactlyInAnyOrderElementsOf(started);
        assertThat(events("Stopping")).hasSize(3)
                .allSatisfy(e -> assertThat(e.message()).contains("because the app was scaled to 0"));
        assertThat(store.events(WEB)).noneMatch(e -> e.type().equals(AppEvent.WARNING));
    }

    @Test
    void scalingDownKeepsTheOldestInstances() {
        startEngine();
        App app = create(1, HELLO);
        awaitAvailable(1);
        String oldest = runtime.running(WEB).get(0).id();
        change(app.withReplicas(3, Instant.now()));
        awaitAvailable(3);

        change(app.withReplicas(1, Instant.now()));

        awaitAvailable(1);
        assertThat(runningIds()).containsExactly(oldest);
    }

    @Test
    void aNewTemplateReplacesEveryInstanceWithOneOfTheNewRevision() {
        startEngine();
        App app = create(2, HELLO);
        awaitAvailable(2);
        Set<String> old = runningIds();
        AppTemplate v2 = new AppTemplate("localhost/wharf/hello:2", 8080, null, null, null, null, null);

        change(app.withTemplate(v2, Instant.now()));

        eventually().untilAsserted(() -> {
            assertThat(runtime.running(WEB)).hasSize(2).allSatisfy(i -> assertThat(i.revision()).isEqualTo(2));
            assertThat(status().phase()).isEqualTo(Phase.Available);
        });
        assertThat(runningIds()).doesNotContainAnyElementsOf(old);
        assertThat(runtime.running(WEB)).allSatisfy(i -> assertThat(runtime.spec(i.id()).orElseThrow().image())
                .isEqualTo("localhost/wharf/hello:2"));
        assertThat(events("Stopping")).hasSize(2)
                .allSatisfy(e -> assertThat(e.message()).contains("revision 2 replaces revision 1"));
    }

    @Test
    void deletingAnAppRemovesAllItsInstances() {
        startEngine();
        create(2, HELLO);
        awaitAvailable(2);

        store.deleteApp(WEB);
        engine.appChanged(WEB);

        eventually().untilAsserted(() -> {
            assertThat(runtime.list()).isEmpty();
            assertThat(engine.instances(WEB)).isEmpty();
        });
    }

    @Test
    void aRuntimeThatCannotStartInstancesMakesTheAppDegradedWithAFailedStartEvent() {
        runtime.failStarts("image localhost/wharf/hello:1 not found");
        startEngine();

        create(1, HELLO);

        eventually().untilAsserted(() -> {
            assertThat(status()).isNotNull();
            assertThat(status().phase()).isEqualTo(Phase.Degraded);
            assertThat(status().message()).startsWith("0/1 instances ready; could not start an instance:")
                    .contains("image localhost/wharf/hello:1 not found");
        });
        assertThat(events("FailedStart")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(AppEvent.WARNING);
            assertThat(e.message()).contains("image localhost/wharf/hello:1 not found");
        });
        assertThat(events("Degraded")).isNotEmpty();
        assertThat(runtime.list()).isEmpty();
    }

    @Test
    void anImageThatCannotBePulledFailsTheRolloutAtOnceAndTheLastGoodReleaseIsRestored() {
        String missing = "127.0.0.1:5000/demo/web:nope";
        runtime.failPulls(missing, "manifest unknown");
        startEngine();
        Instant now = Instant.now();
        Strategy rolling = new Strategy(StrategyType.ROLLING, Amount.percent(25), Amount.ZERO, 600, true, 0, List.of(), null);
        App app = new App(WEB.system(), WEB.app(), 2, HELLO, 1, now, now, null, rolling);
        store.createApp(app, new Release(WEB, 1, HELLO, rolling, "admin", now, "first"));
        engine.appChanged(WEB);
        awaitAvailable(2);
        AppTemplate broken = HELLO.withImage(missing);

        change(app.withRelease(broken, 2, rolling, Instant.now()), new Release(WEB, 2, broken, rolling, "admin", now, "v2"));

        eventually().untilAsserted(() -> {
            assertThat(events("ImagePullFailed")).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.message()).contains("manifest unknown"));
            assertThat(events("RolloutFailed")).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("revision 2 cannot start").contains("manifest unknown"));
            assertThat(store.findApp(WEB).orElseThrow().revision()).isEqualTo(3);
            assertThat(engine.rollout(WEB).orElseThrow().phase()).isEqualTo(RolloutPhase.RolledBack);
        });
        awaitAvailable(2);
        assertThat(runtime.running(WEB)).allSatisfy(i -> assertThat(runtime.spec(i.id()).orElseThrow().image())
                .isEqualTo(HELLO.image()));
    }

    @Test
    void anAppWhoseStartsFailedRecoversOnceTheRuntimeCanStartItAgain() {
        runtime.failStarts("the runtime is down");
        startEngine();
        create(2, HELLO);
        eventually().until(() -> status() != null && status().phase() == Phase.Degraded);

        runtime.failStarts(null);

        awaitAvailable(2);
        assertThat(status().message()).isEqualTo("2/2 instances ready");
    }

    @Test
    void onStartInstancesOfAKnownAppAreAdoptedInsteadOfStartedAgain() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        store.createApp(new App("demo", "web", 2, HELLO, 1, anHourAgo, anHourAgo));
        runtime.existing(InMemoryRuntime.runningInstance("web-bbbbb", WEB, 1));
        runtime.existing(InMemoryRuntime.runningInstance("web-ccccc", WEB, 1));

        startEngine();

        eventually().untilAsserted(() -> assertThat(events("Adopted")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("adopted 2 running instances")));
        awaitAvailable(2);
        assertThat(runningIds()).containsExactlyInAnyOrder("web-bbbbb", "web-ccccc");
        assertThat(runtime.startAttempts()).isZero();
        assertThat(engine.instances(WEB)).extracting(Instance::id).containsExactlyInAnyOrder("web-bbbbb", "web-ccccc");
    }

    @Test
    void onStartAnAppWithFewerInstancesThanWantedGetsTheMissingOnes() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        store.createApp(new App("demo", "web", 3, HELLO, 1, anHourAgo, anHourAgo));
        runtime.existing(InMemoryRuntime.runningInstance("web-bbbbb", WEB, 1));

        startEngine();

        awaitAvailable(3);
        assertThat(runningIds()).contains("web-bbbbb");
        assertThat(runtime.startAttempts()).isEqualTo(2);
    }

    @Test
    void onStartInstancesOfAppsThatNoLongerExistAreRemoved() {
        AppKey gone = new AppKey("demo", "gone");
        runtime.existing(InMemoryRuntime.runningInstance("gone-bbbbb", gone, 4));
        runtime.existing(InMemoryRuntime.runningInstance("gone-ccccc", new AppKey("old-system", "gone"), 1));

        startEngine();

        eventually().untilAsserted(() -> assertThat(runtime.list()).isEmpty());
        assertThat(runtime.removedByWharf()).containsExactlyInAnyOrder("gone-bbbbb", "gone-ccccc");
    }

    @Test
    void anInstanceIsReadyOnlyWhileItsHealthCheckPasses() throws IOException {
        AtomicInteger answer = new AtomicInteger(500);
        HttpServer app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        app.start();
        try {
            runtime.publishAt(app.getAddress());
            startEngine();
            HealthCheck check = new HealthCheck(HealthCheck.Type.HTTP, "/healthz", null, 1, 1, 1);
            create(1, new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, check));

            eventually().untilAsserted(() -> {
                assertThat(runtime.running(WEB)).hasSize(1);
                assertThat(status()).isNotNull();
                assertThat(status().phase()).isEqualTo(Phase.Progressing);
                assertThat(status().message()).isEqualTo("0/1 instances ready");
            });
            assertThat(engine.instances(WEB)).singleElement().satisfies(i -> assertThat(i.ready()).isFalse());

            answer.set(200);
            awaitAvailable(1);
            assertThat(events("Ready")).singleElement().satisfies(e -> assertThat(e.message()).endsWith("is ready"));

            answer.set(503);
            eventually().untilAsserted(() -> {
                assertThat(events("Unhealthy")).singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(AppEvent.WARNING);
                    assertThat(e.message()).contains("failed 1 readiness checks in a row: GET /healthz answered 503");
                });
                assertThat(status().phase()).isNotEqualTo(Phase.Available);
                assertThat(status().readyReplicas()).isZero();
            });
            assertThat(engine.probeResults(WEB).values()).singleElement().satisfies(r -> {
                assertThat(r.check()).isEqualTo("GET /healthz");
                assertThat(r.port()).isEqualTo(8080);
                assertThat(r.answer().describe()).isEqualTo("answered 503");
                assertThat(r.failing()).isTrue();
            });
        } finally {
            app.stop(0);
        }
    }

    @Test
    void theLogsOfAnInstanceAreReadFromTheRuntimeButOnlyThroughItsOwnApp() {
        startEngine();
        create(1, HELLO);
        awaitAvailable(1);
        String id = runningIds().iterator().next();
        runtime.print(id, "starting", "listening on 8080");

        assertThat(engine.logs(WEB, id, LogQuery.defaults())).hasValue(List.of("starting", "listening on 8080"));
        assertThat(engine.logs(WEB, id, LogQuery.tail(1))).hasValue(List.of("listening on 8080"));
        assertThat(engine.logs(new AppKey("demo", "other"), id, LogQuery.defaults())).isEmpty();
        assertThat(engine.logs(WEB, "web-nope", LogQuery.defaults())).isEmpty();
    }

    @Test
    void aCommandIsRunInAnInstanceByTheRuntimeButOnlyThroughItsOwnApp() {
        startEngine();
        create(1, HELLO);
        awaitAvailable(1);
        String id = runningIds().iterator().next();
        ExecResult listed = new ExecResult(0, "app.jar\n", "", false);
        runtime.execs().answer(id, listed);

        assertThat(engine.exec(WEB, id, List.of("ls", "-l"), Duration.ofSeconds(5))).hasValue(listed);
        assertThat(engine.exec(new AppKey("demo", "other"), id, List.of("ls"), Duration.ofSeconds(5))).isEmpty();
        assertThat(engine.exec(WEB, "web-nope", List.of("ls"), Duration.ofSeconds(5))).isEmpty();
        assertThat(runtime.execs().runs()).containsExactly(new ScriptedExec.Run(id, List.of("ls", "-l")));
    }
}
