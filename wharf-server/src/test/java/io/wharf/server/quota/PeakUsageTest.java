package io.wharf.server.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Autoscale;
import io.wharf.model.Placement;
import io.wharf.model.Resources;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeakUsageTest {
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private static final AppTemplate PLAIN = new AppTemplate("localhost/wharf/hello:1", 8080, AppType.ONLINE, null,
            null, null, null);

    @Test
    void aRollingAppCountsItsReplicasPlusTheSurgeRoundedUp() {
        assertThat(instances(app(4, rolling(Amount.percent(25), Amount.ZERO)))).isEqualTo(5);
        assertThat(instances(app(5, rolling(Amount.percent(25), Amount.ZERO)))).isEqualTo(7);
        assertThat(instances(app(3, rolling(Amount.of(2), Amount.ZERO)))).isEqualTo(5);
    }

    @Test
    void aRollingAppWithoutSurgeCountsNoExtraInstance() {
        assertThat(instances(app(4, rolling(Amount.ZERO, Amount.of(1))))).isEqualTo(4);
    }

    @Test
    void aBlueGreenAppCountsAWholeSecondSet() {
        assertThat(instances(app(3, strategy(StrategyType.BLUE_GREEN, List.of())))).isEqualTo(6);
    }

    @Test
    void aRecreatedAppCountsOnlyItsReplicas() {
        assertThat(instances(app(3, strategy(StrategyType.RECREATE, List.of())))).isEqualTo(3);
    }

    @Test
    void aCanaryCountsTheLargerOfItsLastStepsCanariesAndTheFinalSurge() {
        assertThat(instances(app(10, strategy(StrategyType.CANARY, List.of(10, 50))))).isEqualTo(15);
        assertThat(instances(app(10, strategy(StrategyType.CANARY, List.of(10))))).isEqualTo(13);
        assertThat(instances(app(1, strategy(StrategyType.CANARY, List.of(10))))).isEqualTo(2);
    }

    @Test
    void anAutoscaledAppCountsItsMaximumAndTheSurgeOfIt() {
        App app = app(2, rolling(Amount.percent(25), Amount.ZERO));
        App autoscaled = app.withScaling(2, null, new Autoscale(2, 8, 70), T);
        assertThat(instances(autoscaled)).isEqualTo(10);
    }

    @Test
    void anAppScaledToZeroCountsNothing() {
        assertThat(PeakUsage.of(app(0, strategy(StrategyType.BLUE_GREEN, List.of())), Map.of())).isEqualTo(Usage.NONE);
    }

    @Test
    void resourcesAreThePeakInstancesTimesEachInstancesLimits() {
        App app = new App("shop", "web", 4, PLAIN.withResources(new Resources("500m", "256Mi", 1)), 1, T, T,
                null, rolling(Amount.percent(25), Amount.ZERO));
        assertThat(PeakUsage.of(app, Map.of())).isEqualTo(new Usage(5, 2500, 5 * (256L << 20), 5));
    }

    @Test
    void anAppWithoutLimitsCountsNoCpuMemoryOrGpu() {
        assertThat(PeakUsage.of(app(2, strategy(StrategyType.RECREATE, List.of())), Map.of()))
                .isEqualTo(new Usage(2, 0, 0, 0));
    }

    @Test
    void eachClusterRollsOutItsOwnShareSoRoundingUpPerClusterCounts() {
        App app = app(4, rolling(Amount.percent(25), Amount.ZERO)).withScaling(4,
                Placement.onClusters(Map.of("east", 2, "west", 2)), null, T);
        assertThat(instances(app)).as("2 + 1 on each cluster, not 4 + 1").isEqualTo(6);
    }

    @Test
    void aSelectorThatMatchesNoClusterStillCountsTheWholeApp() {
        App app = app(4, rolling(Amount.percent(25), Amount.ZERO)).withScaling(4,
                Placement.bySelector(Map.of("gpu", "yes")), null, T);
        assertThat(PeakUsage.instances(app, Map.of("east", Map.of("gpu", "no")))).isEqualTo(5);
        assertThat(PeakUsage.instances(app, Map.of("east", Map.of("gpu", "yes"), "west", Map.of("gpu", "yes"))))
                .isEqualTo(6);
    }

    private static long instances(App app) {
        return PeakUsage.instances(app, Map.of());
    }

    private static App app(int replicas, Strategy strategy) {
        return new App("shop", "web", replicas, PLAIN, 1, T, T, null, strategy);
    }

    private static Strategy rolling(Amount surge, Amount unavailable) {
        return new Strategy(StrategyType.ROLLING, surge, unavailable, 120, true, 600, List.of(), null);
    }

    private static Strategy strategy(StrategyType type, List<Integer> steps) {
        return new Strategy(type, null, null, 120, true, 600, steps, null);
    }
}
