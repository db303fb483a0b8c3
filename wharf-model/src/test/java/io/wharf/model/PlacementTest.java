package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {
    @Test
    void fixedCountsPerClusterAddUpToTheAppsReplicas() {
        Placement placement = Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2));

        assertThat(placement.fixed()).isTrue();
        assertThat(placement.total()).isEqualTo(5);
        assertThat(placement.spread()).isNull();
        assertThat(errorsOf(e -> placement.validate(e, "placement", 100))).isEmpty();
    }

    @Test
    void aSelectorSpreadsEvenlyUnlessToldOtherwise() {
        Placement placement = Placement.bySelector(Map.of("idc", "bj-1"));

        assertThat(placement.fixed()).isFalse();
        assertThat(placement.spread()).isEqualTo(Spread.EVEN);
        assertThat(errorsOf(e -> placement.validate(e, "placement", 100))).isEmpty();
    }

    @Test
    void bothOrNeitherOfClustersAndSelectorIsAnErrorOnPlacement() {
        Placement both = new Placement(Map.of("idc-a", 1), Map.of("idc", "bj-1"), null);
        Placement neither = new Placement(null, null, null);

        assertThat(fieldsOf(e -> both.validate(e, "placement", 100))).containsExactly("placement");
        assertThat(fieldsOf(e -> neither.validate(e, "placement", 100))).containsExactly("placement");
    }

    @Test
    void badClusterNamesCountsAndTotalsAreReportedPerField() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Bad_Name", 1);
        counts.put("idc-a", -1);
        counts.put("idc-b", null);
        counts.put("idc-c", 9);

        assertThat(fieldsOf(e -> Placement.onClusters(counts).validate(e, "placement", 8))).containsExactlyInAnyOrder(
                "placement.clusters", "placement.clusters.idc-a", "placement.clusters.idc-b",
                "placement.clusters.idc-c", "placement.clusters");
    }

    @Test
    void anEmptyOrMalformedSelectorIsReportedOnPlacementSelector() {
        assertThat(fieldsOf(e -> Placement.bySelector(Map.of()).validate(e, "placement", 10)))
                .containsExactly("placement.selector");
        assertThat(fieldsOf(e -> Placement.bySelector(Map.of("idc", "bj 1")).validate(e, "placement", 10)))
                .containsExactly("placement.selector.idc");
    }

    @Test
    void anAppWithoutPlacementRunsAllItsReplicasOnTheLocalCluster() {
        App app = new App("shop", "web", 4, new AppTemplate("img:1", 8080, AppType.ONLINE, null, null, null, null),
                1, java.time.Instant.EPOCH, java.time.Instant.EPOCH);

        assertThat(app.placementOrLocal().clusters()).containsExactly(Map.entry(Placement.LOCAL, 4));
    }

    @Test
    void autoscaleNeedsAnOrderedRangeAndACpuTarget() {
        assertThat(errorsOf(e -> new Autoscale(2, 10, 70).validate(e, "autoscale", 100))).isEmpty();
        assertThat(fieldsOf(e -> new Autoscale(5, 3, 70).validate(e, "autoscale", 100))).containsExactly("autoscale");
        assertThat(fieldsOf(e -> new Autoscale(0, 200, null).validate(e, "autoscale", 100)))
                .containsExactly("autoscale.min", "autoscale.max", "autoscale.cpuPercent");
    }

    @Test
    void gpusAreCountedAndZeroMeansNone() {
        assertThat(new Resources(null, null, 0)).isEqualTo(Resources.NONE);
        assertThat(new Resources(null, null, 2).gpus()).isEqualTo(2);
        assertThat(fieldsOf(e -> new Resources(null, null, 17).validate(e, "resources"))).containsExactly("resources.gpu");
        assertThat(fieldsOf(e -> new Resources(null, null, -1).validate(e, "resources"))).containsExactly("resources.gpu");
    }
}
