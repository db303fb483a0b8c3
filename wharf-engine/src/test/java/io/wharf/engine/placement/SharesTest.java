package io.wharf.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Autoscale;
import io.wharf.model.Placement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Map<String, Map<String, String>> CLUSTERS = Map.of(
            "local", Map.of(),
            "idc-a", Map.of("idc", "bj-1", "tier", "web"),
            "idc-b", Map.of("idc", "bj-1"),
            "idc-c", Map.of("idc", "sh-1"));

    private static App app(int replicas, Placement placement) {
        App app = new App("shop", "web", replicas, new AppTemplate("img:1", 8080, AppType.ONLINE, null, null, null,
                null), 1, T0, T0);
        return app.withScaling(replicas, placement, null, T0);
    }

    @Test
    void anAppWithoutPlacementRunsEverythingLocally() {
        assertThat(Shares.of(app(3, null), CLUSTERS)).containsExactly(Map.entry("local", 3));
    }

    @Test
    void fixedCountsAreTakenAsTheyAre() {
        assertThat(Shares.of(app(5, Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2))), CLUSTERS))
                .containsExactly(Map.entry("idc-a", 3), Map.entry("idc-b", 2));
    }

    @Test
    void aSelectorSpreadsEvenlyOverTheMatchingClustersInNameOrder() {
        assertThat(Shares.of(app(5, Placement.bySelector(Map.of("idc", "bj-1"))), CLUSTERS))
                .containsExactly(Map.entry("idc-a", 3), Map.entry("idc-b", 2));
        assertThat(Shares.of(app(4, Placement.bySelector(Map.of("idc", "bj-1"))), CLUSTERS))
                .containsExactly(Map.entry("idc-a", 2), Map.entry("idc-b", 2));
        assertThat(Shares.of(app(2, Placement.bySelector(Map.of("idc", "bj-1", "tier", "web"))), CLUSTERS))
                .containsExactly(Map.entry("idc-a", 2));
    }

    @Test
    void aSelectorThatMatchesNoClusterPlacesNothing() {
        assertThat(Shares.of(app(2, Placement.bySelector(Map.of("idc", "gz-9"))), CLUSTERS)).isEmpty();
    }

    @Test
    void eachClusterRunsItsShareOfTheReplicasAndOfTheAutoscalingRange() {
        App app = app(5, Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)))
                .withScaling(5, Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), new Autoscale(2, 10, 70), T0);

        App onB = Shares.forCluster(app, 2);

        assertThat(onB.replicas()).isEqualTo(2);
        assertThat(onB.autoscale()).isEqualTo(new Autoscale(1, 4, 70));
        assertThat(onB.changedAt()).isEqualTo(app.changedAt());
        assertThat(Shares.forCluster(app, 5).autoscale()).isEqualTo(app.autoscale());
    }
}
