package io.wharf.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Phase;
import io.wharf.model.Placement;
import io.wharf.model.SystemSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalShareStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private final Map<AppKey, AppStatus> combined = new HashMap<>();
    private final List<AppKey> rewritten = new ArrayList<>();
    private final LocalShareStore local = new LocalShareStore(store, combined::put, rewritten::add);

    @BeforeEach
    void createSystem() {
        store.createSystem(new SystemSpec("shop", "", T0));
    }

    private App app(String name, int replicas, Placement placement) {
        App app = new App("shop", name, replicas, new AppTemplate("img:1", 8080, AppType.ONLINE, null, null, null, null),
                1, T0, T0).withScaling(replicas, placement, null, T0);
        store.createApp(app);
        return app;
    }

    @Test
    void theLocalEngineSeesOnlyTheLocalShareOfAnAppPlacedOnSeveralClusters() {
        App mixed = app("mixed", 5, Placement.onClusters(Map.of("local", 2, "idc-a", 3)));
        App plain = app("plain", 3, null);
        App remote = app("remote", 4, Placement.bySelector(Map.of("idc", "bj-1")));

        assertThat(local.findApp(mixed.key())).hasValueSatisfying(a -> assertThat(a.replicas()).isEqualTo(2));
        assertThat(local.findApp(plain.key())).contains(plain);
        assertThat(local.listAllApps()).extracting(App::replicas).containsExactlyInAnyOrder(2, 3, 0);
    }

    @Test
    void theStatusOfAnAppOnSeveralClustersGoesToTheCombinerAndAPlainAppsToTheStore() {
        App mixed = app("mixed", 5, Placement.onClusters(Map.of("local", 2, "idc-a", 3)));
        App plain = app("plain", 3, null);
        AppStatus two = new AppStatus(Phase.Available, 2, 2, "2/2 instances ready");

        local.saveStatus(mixed.key(), two);
        local.saveStatus(plain.key(), two);

        assertThat(combined).containsExactly(Map.entry(mixed.key(), two));
        assertThat(store.findStatus(mixed.key())).isEmpty();
        assertThat(store.findStatus(plain.key())).contains(two);
    }

    @Test
    void whatTheLocalEngineWritesKeepsTheAppsRealReplicasAndPlacementAndTheOtherClustersHearOfIt() {
        App mixed = app("mixed", 5, Placement.onClusters(Map.of("local", 2, "idc-a", 3)));
        App seenLocally = local.findApp(mixed.key()).orElseThrow();

        local.updateApp(seenLocally.withTemplate(seenLocally.template().withImage("img:2"), T0.plusSeconds(1)));

        App stored = store.findApp(mixed.key()).orElseThrow();
        assertThat(stored.replicas()).isEqualTo(5);
        assertThat(stored.placement()).isEqualTo(mixed.placement());
        assertThat(stored.template().image()).isEqualTo("img:2");
        assertThat(rewritten).containsExactly(mixed.key());
    }

    @Test
    void theLocalEngineSaysNothingOfAnAppItRunsNoneOf() {
        App remote = app("remote", 4, Placement.onClusters(Map.of("idc-a", 4)));
        App mixed = app("mixed", 5, Placement.onClusters(Map.of("local", 2, "idc-a", 3)));

        local.appendEvent(remote.key(), new AppEvent(T0, "Normal", "Available", "scaled to zero"));
        local.appendEvent(mixed.key(), new AppEvent(T0, "Normal", "Available", "2/2 instances ready"));

        assertThat(store.listEvents(remote.key(), 10)).isEmpty();
        assertThat(store.listEvents(mixed.key(), 10)).hasSize(1);
    }
}
