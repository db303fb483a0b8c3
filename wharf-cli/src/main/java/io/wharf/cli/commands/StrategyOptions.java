package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Option;

/** How a release rolls out; left out, the server's default for the app's type. */
public final class StrategyOptions {
    @Option(names = "--strategy", paramLabel = "TYPE", description = "rolling, recreate, blue-green or canary.")
    String type;

    @Option(names = "--max-surge", paramLabel = "N|P%", description = "rolling: extra instances, such as 1 or 25%%.")
    String maxSurge;

    @Option(names = "--max-unavailable", paramLabel = "N|P%", description = "rolling: instances that may be missing.")
    String maxUnavailable;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "Seconds without progress before the"
            + " rollout is Failed.")
    Integer deadline;

    @Option(names = "--no-auto-rollback", description = "Do not roll back when the rollout fails.")
    boolean noAutoRollback;

    @Option(names = "--keep-old", paramLabel = "SECONDS", description = "blue-green: how long the old set stays.")
    Integer keepOld;

    @Option(names = "--steps", paramLabel = "P", split = ",", description = "canary: traffic percentages, such as 10,50.")
    List<Integer> steps;

    @Option(names = "--pause", paramLabel = "SECONDS", description = "canary: seconds per step; without it each"
            + " step waits for `wharf rollout promote`.")
    Integer pause;

    void addTo(ObjectNode body) {
        if (type == null && maxSurge == null && maxUnavailable == null && deadline == null && !noAutoRollback
                && keepOld == null && steps == null && pause == null) {
            return;
        }
        ObjectNode strategy = body.putObject("strategy").put("type", type == null ? "rolling" : type);
        AppCreateCommand.putIfSet(strategy, "maxSurge", maxSurge);
        AppCreateCommand.putIfSet(strategy, "maxUnavailable", maxUnavailable);
        if (deadline != null) {
            strategy.put("progressDeadlineSeconds", deadline);
        }
        if (noAutoRollback) {
            strategy.put("autoRollback", false);
        }
        if (keepOld != null) {
            strategy.put("keepOldSeconds", keepOld);
        }
        if (steps != null) {
            steps.forEach(strategy.putArray("steps")::add);
        }
        if (pause != null) {
            strategy.put("pauseSeconds", pause);
        }
    }
}
