package io.wharf.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Phase;
import io.wharf.model.Placement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacedStatusTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    private static final App APP = new App("shop", "web", 5, new AppTemplate("img:1", 8080, AppType.ONLINE, null, null,
            null, null), 1, T0, T0).withScaling(5, Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)), null, T0);

    @Test
    void everyClusterRunningItsShareReadyIsAvailable() {
        AppStatus status = PlacedStatus.compute(APP, null, List.of(new ClusterView("idc-a", 3, true, null, 3, 3),
                new ClusterView("idc-b", 2, true, null, 2, 2)), T0.plusSeconds(5), DEADLINE);

        assertThat(status).isEqualTo(new AppStatus(Phase.Available, 5, 5, "5/5 instances ready on 2 clusters"));
    }

    @Test
    void aClusterStillStartingIsProgressingUntilTheDeadlineThenDegraded() {
        List<ClusterView> views = List.of(new ClusterView("idc-a", 3, true, null, 3, 3),
                new ClusterView("idc-b", 2, true, null, 1, 0));

        assertThat(PlacedStatus.compute(APP, null, views, T0.plusSeconds(5), DEADLINE).phase())
                .isEqualTo(Phase.Progressing);
        assertThat(PlacedStatus.compute(APP, null, views, T0.plus(DEADLINE).plusSeconds(1), DEADLINE))
                .satisfies(s -> {
                    assertThat(s.phase()).isEqualTo(Phase.Degraded);
                    assertThat(s.message()).contains("not done 300 s after the last change");
                });
    }

    @Test
    void anUnreachableClusterMakesTheAppDegradedAndItsInstancesUnknownNotReady() {
        AppStatus status = PlacedStatus.compute(APP, null, List.of(new ClusterView("idc-a", 3, true, null, 3, 3),
                new ClusterView("idc-b", 2, false, null, 2, 2)), T0.plusSeconds(5), DEADLINE);

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.readyReplicas()).isEqualTo(3);
        assertThat(status.message()).isEqualTo("3/5 instances ready on 2 clusters; cluster idc-b cannot be reached:"
                + " its 2 instances are unknown");
    }

    @Test
    void aClusterThatRefusedTheAppIsNamedWithItsReason() {
        AppStatus status = PlacedStatus.compute(APP, null, List.of(new ClusterView("idc-a", 3, true, "quota exceeded",
                0, 0), new ClusterView("idc-b", 2, true, null, 2, 2)), T0.plusSeconds(5), DEADLINE);

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.message()).contains("cluster idc-a: quota exceeded");
    }

    @Test
    void anImageThatAClusterCannotPullDegradesTheAppAtOnceWithTheKubeletsReason() {
        AppStatus status = PlacedStatus.compute(APP, null, List.of(new ClusterView("idc-a", 3, true, null, 3, 3),
                new ClusterView("idc-b", 2, true, null, 0, 0, "ErrImagePull: manifest unknown")), T0.plusSeconds(5),
                DEADLINE);

        assertThat(status.phase()).isEqualTo(Phase.Degraded);
        assertThat(status.message()).contains("cluster idc-b: the image cannot be pulled: ErrImagePull: manifest unknown");
    }

    @Test
    void theLocalSharesStatusCountsAndItsTroubleIsTheAppsTrouble() {
        App mixed = APP.withScaling(5, Placement.onClusters(Map.of("local", 2, "idc-a", 3)), null, T0);
        List<ClusterView> a = List.of(new ClusterView("idc-a", 3, true, null, 3, 3));

        assertThat(PlacedStatus.compute(mixed, new AppStatus(Phase.Available, 2, 2, "2/2"), a, T0, DEADLINE))
                .isEqualTo(new AppStatus(Phase.Available, 5, 5, "5/5 instances ready on 2 clusters"));
        assertThat(PlacedStatus.compute(mixed, new AppStatus(Phase.Degraded, 2, 1, "1/2; image missing"), a, T0,
                DEADLINE).message()).isEqualTo("4/5 instances ready on 2 clusters; local: 1/2; image missing");
    }

    @Test
    void aSelectorMatchingNoClusterIsDegradedAndSaysSo() {
        App bySelector = APP.withScaling(2, Placement.bySelector(Map.of("idc", "gz-9")), null, T0);

        assertThat(PlacedStatus.compute(bySelector, null, List.of(), T0, DEADLINE)).satisfies(s -> {
            assertThat(s.phase()).isEqualTo(Phase.Degraded);
            assertThat(s.message()).contains("no cluster matches the selector {idc=gz-9}");
        });
    }
}
