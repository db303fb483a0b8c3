package io.wharf.server.quota;

import io.wharf.engine.placement.Shares;
import io.wharf.model.App;
import io.wharf.model.Autoscale;
import io.wharf.model.Resources;
import io.wharf.model.Strategy;
import java.util.Map;

/**
 * What an app may run at most at one moment, over all its clusters and all its releases: the
 * replicas (an autoscaled app: its autoscale maximum, so that the autoscaler can never step past
 * the quota) plus the extra instances its strategy starts while rolling out. CPU, memory and GPUs
 * are those instances times the template's per-instance limits; an app without a limit counts 0.
 *
 * <p>Conservative on purpose: the peak of a rollout counts for every app whether or not one is
 * running now, because a deploy can start one at any moment. The extra instances follow the
 * engine's {@code RolloutPlanner}: rolling starts up to maxSurge (rounded up; 1 when both surge and
 * unavailability are 0); blue-green a whole second set, kept after the switch; canary the last
 * step's canaries while all old ones run, then a surge of a quarter (at least 1); recreate none.
 * Each cluster rolls out its own share, so the peak is counted per share too (rounding up per
 * cluster can exceed the whole) and the larger of the two counts.
 */
public final class PeakUsage {
    private PeakUsage() {
    }

    /** @param clusterLabels the registered clusters' labels by name, for placement selectors */
    public static Usage of(App app, Map<String, Map<String, String>> clusterLabels) {
        long instances = instances(app, clusterLabels);
        Resources each = app.template().resources();
        return new Usage(instances, instances * each.cpuMillis(), instances * each.memoryBytes(),
                instances * each.gpus());
    }

    static long instances(App app, Map<String, Map<String, String>> clusterLabels) {
        long whole = peak(app.strategy(), base(app.replicas(), app.autoscale()));
        long perCluster = Shares.of(app, clusterLabels).values().stream()
                .mapToLong(share -> peak(app.strategy(), base(share, Shares.forCluster(app, share).autoscale())))
                .sum();
        return Math.max(whole, perCluster);
    }

    private static int base(int replicas, Autoscale autoscale) {
        return autoscale == null || autoscale.max() == null ? replicas : Math.max(replicas, autoscale.max());
    }

    static long peak(Strategy strategy, int replicas) {
        if (replicas == 0) {
            return 0;
        }
        return replicas + switch (strategy.type()) {
            case ROLLING -> rollingSurge(strategy, replicas);
            case RECREATE -> 0;
            case BLUE_GREEN -> replicas;
            case CANARY -> Math.max(canaries(strategy, replicas), Math.max(1, (replicas + 3) / 4));
        };
    }

    private static int rollingSurge(Strategy strategy, int replicas) {
        int surge = strategy.maxSurge().of(replicas, true);
        return surge == 0 && strategy.maxUnavailable().of(replicas, false) == 0 ? 1 : surge;
    }

    /** As the engine's Canary.instances for the last (largest) step: its share of the replicas, at least one. */
    private static int canaries(Strategy strategy, int replicas) {
        if (strategy.steps().isEmpty()) {
            return 0;
        }
        int percent = strategy.steps().get(strategy.steps().size() - 1);
        return Math.min(replicas, Math.max(1, (replicas * percent + 99) / 100));
    }
}
