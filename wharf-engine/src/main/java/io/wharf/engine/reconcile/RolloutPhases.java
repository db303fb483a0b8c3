package io.wharf.engine.reconcile;

import io.wharf.model.App;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves a rollout's phase: Complete (or RolledBack) when done, Failed past its progress deadline, or
 * at once on a fatal failure.
 */
final class RolloutPhases {
    private RolloutPhases() {
    }

    static void advance(RolloutPlanner planner, String failure, String fatal) {
        Rollout r = planner.next();
        App app = planner.app();
        Fleet fleet = planner.fleet();
        if (r.phase() == RolloutPhase.Complete || r.phase() == RolloutPhase.RolledBack || r.phase() == RolloutPhase.Paused) {
            return;
        }
        if (done(app, r, fleet)) {
            boolean rollback = r.restores() != null;
            planner.next(r.with(rollback ? RolloutPhase.RolledBack : RolloutPhase.Complete, rollback
                    ? "revision " + r.revision() + " restored revision " + r.restores() + " on " + app.replicas() + " instances"
                    : "revision " + r.revision() + " runs on " + app.replicas() + " instances"));
            return;
        }
        if (Canary.waitingForPromote(app, r, fleet)) {
            planner.next(r.with(r.phase(), "step " + (r.step() + 1) + " of " + app.strategy().steps().size() + ": "
                    + Canary.weight(app, r) + "% of traffic on revision " + r.revision() + "; waiting for promote"));
            return;
        }
        Instant deadline = r.progressAt().plusSeconds(app.strategy().progressDeadlineSeconds());
        String progress = progress(app, fleet);
        if (r.phase() == RolloutPhase.Progressing && fatal != null) {
            planner.next(r.with(RolloutPhase.Failed, "revision " + r.revision() + " cannot start: " + fatal));
        } else if (r.phase() == RolloutPhase.Progressing && !planner.now().isBefore(deadline)) {
            planner.next(r.with(RolloutPhase.Failed, "revision " + r.revision() + " made no progress for "
                    + app.strategy().progressDeadlineSeconds() + " s: " + progress + (failure == null ? "" : "; " + failure)));
        } else if (r.phase() == RolloutPhase.Progressing) {
            planner.next(r.with(r.phase(), progress));
            planner.recheckIn(Duration.between(planner.now(), deadline).plusMillis(10));
        }
    }

    static boolean done(App app, Rollout r, Fleet fleet) {
        if (BlueGreen.applies(app) && !fleet.old().isEmpty()) {
            return r.switchedAt() != null;
        }
        int wanted = fleet.wanted(app);
        return fleet.old().isEmpty() && fleet.current().size() == wanted && fleet.readyCurrent() >= wanted;
    }

    private static String progress(App app, Fleet fleet) {
        String text = fleet.readyCurrent() + "/" + app.replicas() + " instances of revision " + app.revision() + " ready";
        return fleet.old().isEmpty() ? text : text + ", " + fleet.old().size() + " older still running";
    }
}
