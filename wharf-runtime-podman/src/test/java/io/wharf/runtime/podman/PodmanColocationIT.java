package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.DefaultEngine;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.colocation.Resources;
import io.wharf.engine.reconcile.BatchRuns;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.SystemSpec;
import io.wharf.testkit.PodmanCli;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on real Podman, on a machine taken to offer 2 CPUs: offline work fills what online work
 * does not reserve, at a lower CPU weight and without a CPU cap, and is evicted when online work needs the
 * room; batch work runs to completion.
 */
class PodmanColocationIT extends AbstractPodmanRuntimeIT {
    private static final List<String> IDLE = List.of("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done");
    private final InMemoryStore store = new InMemoryStore();
    private final AppKey web = app;
    private final AppKey hog = new AppKey(app.system(), "hog");
    private final AppKey job = new AppKey(app.system(), "job");
    private DefaultEngine engine;

    PodmanColocationIT() {
        super("coloc");
    }

    @BeforeEach
    void startTheEngine() {
        store.createSystem(new SystemSpec(app.system(), "colocation", Instant.now()));
        EngineSettings settings = new EngineSettings(4, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofMillis(100)).withNode(new Resources(2000, 16L << 30));
        engine = new DefaultEngine(store, runtime, settings, Clock.systemUTC());
        engine.start();
    }

    @AfterEach
    void closeTheEngine() {
        engine.close();
    }

    private void create(AppKey key, AppType type, String cpu, int replicas, List<String> command) {
        Instant now = Instant.now();
        AppTemplate template = new AppTemplate(PodmanTests.IMAGE, null, type, command, null,
                new io.wharf.model.Resources(cpu, null), null);
        store.createApp(new App(key.system(), key.app(), replicas, template, 1, now, now));
        engine.appChanged(key);
    }

    private void scale(AppKey key, int replicas) {
        assertThat(store.updateApp(store.findApp(key).orElseThrow().withReplicas(replicas, Instant.now()))).isTrue();
        engine.appChanged(key);
    }

    private void awaitRunning(AppKey key, Phase phase, int running) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(store.findStatus(key)).hasValueSatisfying(s -> assertThat(s.phase()).as(s.message()).isEqualTo(phase));
            assertThat(PodmanCli.containersOf(key.system(), key.app())).hasSize(running);
        });
    }

    private List<AppEvent> events(AppKey key, String reason) {
        return store.events(key).stream().filter(e -> e.reason().equals(reason)).toList();
    }

    private String hostConfig(String instance) {
        String container = PodmanCli.podman("ps", "-a", "-q", "--filter", "label=wharf.io/instance=" + instance).strip();
        return PodmanCli.podman("inspect", "--format", "{{.HostConfig.CpuShares}} {{.HostConfig.NanoCpus}} {{.HostConfig.CgroupParent}}", container).strip();
    }

    @Test
    void offlineInstancesAreEvictedForAnOnlineScaleUpAndReturnWhenItScalesDown() {
        create(hog, AppType.OFFLINE, "500m", 4, IDLE);
        awaitRunning(hog, Phase.Available, 4);
        create(web, AppType.ONLINE, "500m", 1, IDLE);
        awaitRunning(web, Phase.Available, 1);
        assertThat(hostConfig(engine.instances(hog).get(0).id())).as("offline: low weight, no CPU cap, under the yielding cgroup")
                .isEqualTo("256 0 /wharf_yielding");
        assertThat(hostConfig(engine.instances(web).get(0).id())).as("online: full weight, held to what it reserves")
                .startsWith("1024 500000000").doesNotContain("wharf_yielding");

        scale(web, 2);

        awaitRunning(web, Phase.Available, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(events(hog, "Evicted")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.message()).contains("the online app " + web + " needs its room"));
            assertThat(PodmanCli.containersOf(hog.system(), hog.app())).hasSize(2);
            assertThat(store.findStatus(hog).orElseThrow().message()).contains("2/4 instances ready", "2 pending");
        });
        assertThat(engine.instances(web)).allSatisfy(i -> assertThat(i.ready()).isTrue());

        scale(web, 0);

        awaitRunning(hog, Phase.Available, 4);
        assertThat(engine.instances(hog)).hasSize(4).allSatisfy(i -> assertThat(i.ready()).isTrue());
    }

    @Test
    void aBatchRunThatExitsZeroSucceedsAndOneThatExitsOneIsRetriedWithBackOffUntilTheLimit() {
        create(job, AppType.BATCH, "100m", 1, List.of("sh", "-c", "echo done"));
        AppKey failing = new AppKey(app.system(), "fails");
        create(failing, AppType.BATCH, "100m", 1, List.of("sh", "-c", "echo no input >&2; exit 1"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(store.findStatus(job))
                .hasValueSatisfying(s -> assertThat(s.phase()).as(s.message()).isEqualTo(Phase.Succeeded)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(store.findStatus(failing))
                .hasValueSatisfying(s -> assertThat(s.phase()).as(s.message()).isEqualTo(Phase.Failed)));

        assertThat(engine.instances(job)).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo("exited"));
        assertThat(events(job, "Completed")).hasSize(1);
        List<Instant> runs = engine.instances(failing).stream().map(Instance::startedAt).sorted().toList();
        assertThat(runs).as("the first run and each retry").hasSize(BatchRuns.RETRY_LIMIT + 1);
        for (int n = 1; n < runs.size(); n++) {
            Duration gap = Duration.between(runs.get(n - 1), runs.get(n));
            assertThat(gap).as("back-off before retry %d", n).isGreaterThanOrEqualTo(Duration.ofMillis(900L << (n - 1)));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events(failing, "Exited")).hasSize(BatchRuns.RETRY_LIMIT + 1));
        assertThat(events(job, "Scheduled")).as("a run that succeeded is not started again").hasSize(1);
    }
}
