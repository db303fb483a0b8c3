package io.wharf.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.EngineException;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.Placement;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MultiClusterEngineTest {
    private static final AppKey WEB = new AppKey("shop", "web");
    private static final EngineSettings SETTINGS =
            new EngineSettings(2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(50));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryCluster a = new InMemoryCluster("idc-a");
    private final InMemoryCluster b = new InMemoryCluster("idc-b");
    private final List<Cluster> clusters = List.of(new Cluster("idc-a", Map.of("idc", "bj-1"), a),
            new Cluster("idc-b", Map.of("idc", "bj-2"), b));
    private final InMemoryRuntime local = new InMemoryRuntime();
    private MultiClusterEngine engine;

    @BeforeEach
    void startEngine() {
        store.createSystem(new SystemSpec("shop", "", Instant.now()));
        engine = new MultiClusterEngine(store, local, () -> clusters, SETTINGS, Clock.systemUTC(),
                SecretValues.NONE);
        engine.start();
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private App create(Placement placement, int replicas) {
        Instant now = Instant.now();
        App app = new App("shop", "web", replicas, new AppTemplate("registry.example/web:1", 8080, AppType.ONLINE,
                null, null, null, null), 1, now, now).withScaling(replicas, placement, null, now);
        store.createApp(app);
        engine.appChanged(WEB);
        return app;
    }

    /** A bound on waiting, not a timing goal: a loaded machine may take longer than a quiet one. */
    private void awaitPhase(Phase phase) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(store.findStatus(WEB)).hasValueSatisfying(s -> assertThat(s.phase()).isEqualTo(phase)));
    }

    @Test
    void anAppPlacedThreeAndTwoGetsItsShareOnEachClusterAndIsAvailable() {
        create(Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), 5);

        awaitPhase(Phase.Available);
        assertThat(a.applied(WEB)).hasValueSatisfying(app -> assertThat(app.replicas()).isEqualTo(3));
        assertThat(b.applied(WEB)).hasValueSatisfying(app -> assertThat(app.replicas()).isEqualTo(2));
        assertThat(engine.instances(WEB)).extracting(Instance::cluster)
                .containsExactlyInAnyOrder("idc-a", "idc-a", "idc-a", "idc-b", "idc-b");
        assertThat(engine.instances(WEB)).allSatisfy(i -> assertThat(i.ready()).isTrue());
        assertThat(store.findStatus(WEB)).hasValueSatisfying(s -> assertThat(s.message())
                .isEqualTo("5/5 instances ready on 2 clusters"));
    }

    @Test
    void anImageThatAClusterCannotPullDegradesTheAppAtOnceWithTheReasonAsEventAndStatus() {
        create(Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), 5);
        awaitPhase(Phase.Available);
        String stuck = b.list().get(0).id();

        b.failPull(stuck, "ErrImagePull: registry.example/web:1: manifest unknown");

        awaitPhase(Phase.Degraded); // the progress deadline is 60 s away
        assertThat(store.findStatus(WEB)).hasValueSatisfying(s -> assertThat(s.message())
                .contains("cluster idc-b: the image cannot be pulled: ErrImagePull: registry.example/web:1: manifest unknown"));
        assertThat(store.listEvents(WEB, 50)).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo("ImagePullFailed");
            assertThat(e.message()).contains("idc-b", "manifest unknown");
        });
    }

    @Test
    void anUnreachableClusterShowsItsInstancesUnknownAndTheAppDegradedAndNothingIsDeleted() {
        create(Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), 5);
        awaitPhase(Phase.Available);

        b.disconnect();

        awaitPhase(Phase.Degraded);
        assertThat(engine.instances(WEB)).filteredOn(i -> i.cluster().equals("idc-b")).hasSize(2)
                .allSatisfy(i -> {
                    assertThat(i.state()).isEqualTo(Instance.UNKNOWN);
                    assertThat(i.ready()).isFalse();
                });
        assertThat(store.findStatus(WEB)).hasValueSatisfying(s -> assertThat(s.message())
                .contains("cluster idc-b cannot be reached: its 2 instances are unknown"));
        assertThat(a.writes()).containsExactly("apply web 3");
        assertThat(b.writes()).containsExactly("apply web 2");

        b.reconnect();

        awaitPhase(Phase.Available);
        assertThat(engine.instances(WEB)).hasSize(5).allSatisfy(i -> assertThat(i.ready()).isTrue());
        assertThat(b.writes()).containsExactly("apply web 2");
    }

    @Test
    void movingTheAppOffAClusterDeletesItThereAndScalesTheOther() {
        App app = create(Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), 5);
        awaitPhase(Phase.Available);

        store.updateApp(app.withScaling(4, Placement.bySelector(Map.of("idc", "bj-1")), null, Instant.now()));
        engine.appChanged(WEB);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(b.writes()).containsExactly("apply web 2", "delete web");
            assertThat(a.writes()).containsExactly("apply web 3", "apply web 4");
        });
        awaitPhase(Phase.Available);
        assertThat(engine.instances(WEB)).extracting(Instance::cluster).containsOnly("idc-a").hasSize(4);
    }

    @Test
    void deletingTheAppDeletesItOnEveryClusterItRanOn() {
        create(Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), 5);
        awaitPhase(Phase.Available);

        store.deleteApp(WEB);
        engine.appChanged(WEB);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(a.writes()).endsWith("delete web");
            assertThat(b.writes()).endsWith("delete web");
            assertThat(engine.instances(WEB)).isEmpty();
        });
    }

    private String instanceOn(String cluster) {
        return engine.instances(WEB).stream().filter(i -> i.cluster().equals(cluster)).findFirst().orElseThrow().id();
    }

    @Test
    void logsAreReadFromWhereverTheInstanceRunsLocallyOrOnACluster() {
        create(Placement.onClusters(Map.of(Placement.LOCAL, 1, "idc-a", 1, "idc-b", 1)), 3);
        awaitPhase(Phase.Available);
        String onB = instanceOn("idc-b");
        String here = instanceOn(Placement.LOCAL);
        b.print(onB, "one", "two", "three");
        local.print(here, "local one");

        assertThat(engine.logs(WEB, onB, LogQuery.tail(2))).hasValue(List.of("two", "three"));
        assertThat(engine.logs(WEB, here, LogQuery.defaults())).hasValue(List.of("local one"));
        assertThat(engine.logs(WEB, instanceOn("idc-a"), LogQuery.defaults())).hasValue(List.of());
    }

    @Test
    void anInstanceOfAnotherAppOrNoInstanceHasNoLogsForThisApp() {
        create(Placement.onClusters(Map.of(Placement.LOCAL, 1, "idc-a", 1)), 2);
        awaitPhase(Phase.Available);
        AppKey other = new AppKey("shop", "other");

        assertThat(engine.logs(other, instanceOn("idc-a"), LogQuery.defaults())).isEmpty();
        assertThat(engine.logs(other, instanceOn(Placement.LOCAL), LogQuery.defaults())).isEmpty();
        assertThat(engine.logs(WEB, "web-nope", LogQuery.defaults())).isEmpty();
    }

    @Test
    void aCommandRunsWhereverTheInstanceRunsLocallyOrOnAClusterAndNotForAnotherApp() {
        create(Placement.onClusters(Map.of(Placement.LOCAL, 1, "idc-b", 1)), 2);
        awaitPhase(Phase.Available);
        String onB = instanceOn("idc-b");
        String here = instanceOn(Placement.LOCAL);
        b.execs().answer(onB, new ExecResult(3, "out\n", "err\n", false));
        local.execs().answer(here, new ExecResult(0, "local\n", "", false));
        Duration timeout = Duration.ofSeconds(5);

        assertThat(engine.exec(WEB, onB, List.of("sh", "-c", "exit 3"), timeout))
                .hasValue(new ExecResult(3, "out\n", "err\n", false));
        assertThat(engine.exec(WEB, here, List.of("hostname"), timeout)).hasValue(new ExecResult(0, "local\n", "", false));
        assertThat(engine.exec(new AppKey("shop", "other"), onB, List.of("hostname"), timeout)).isEmpty();
        assertThat(engine.exec(WEB, "web-nope", List.of("hostname"), timeout)).isEmpty();
        assertThat(b.execs().runs()).hasSize(1);
        assertThat(local.execs().runs()).hasSize(1);
    }

    @Test
    void aCommandInAnInstanceOfACutOffClusterFailsSayingWhy() {
        create(Placement.onClusters(Map.of("idc-a", 1)), 1);
        awaitPhase(Phase.Available);
        String onA = instanceOn("idc-a");

        a.disconnect();

        assertThatThrownBy(() -> engine.exec(WEB, onA, List.of("hostname"), Duration.ofSeconds(5)))
                .isInstanceOf(EngineException.class);
    }
}
