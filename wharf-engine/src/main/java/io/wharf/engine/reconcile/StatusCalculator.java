package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.Phase;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes an app's honest status. Available only when exactly the wanted number of current
 * instances run and are ready; Progressing while a recent change is being carried out; Degraded
 * when something failed or the change is taking longer than the deadline.
 */
public final class StatusCalculator {
    private StatusCalculator() {
    }

    /** @param failure the last unresolved failure of the app, or null */
    public static AppStatus compute(App app, List<ObservedInstance> observed, Instant now, Duration deadline,
                                    String failure) {
        return compute(app, null, observed, now, deadline, failure);
    }

    /**
     * @param rollout the app's rollout, or null; the old set a blue-green switch keeps for a while
     *                does not count against the app
     */
    public static AppStatus compute(App app, Rollout rollout, List<ObservedInstance> observed, Instant now,
                                    Duration deadline, String failure) {
        Fleet fleet = Fleet.of(app, observed);
        boolean keptOld = BlueGreen.applies(app) && rollout != null && rollout.revision() == app.revision()
                && rollout.switchedAt() != null;
        int ready = fleet.readyCurrent();
        long older = keptOld ? 0 : fleet.old().size();
        int live = (int) (fleet.current().size() + older);
        AppStatus ended = batchEnded(app, fleet, failure);
        if (ended != null) {
            return ended;
        }
        int wanted = fleet.wanted(app);
        String runs = fleet.succeeded().isEmpty() ? "" : "; " + fleet.succeeded().size() + " of " + app.replicas()
                + " runs succeeded";
        if (ready == wanted && live == wanted) {
            String message = app.replicas() == 0 ? "scaled to zero" : ready + "/" + wanted + " instances ready" + runs;
            return new AppStatus(Phase.Available, app.replicas(), ready, message);
        }
        StringBuilder message = new StringBuilder().append(ready).append('/').append(wanted).append(" instances ready")
                .append(runs);
        if (older > 0) {
            message.append("; ").append(older).append(" of older revisions still running");
        }
        if (live > wanted && older == 0) {
            message.append("; stopping ").append(live - wanted);
        }
        if (failure != null) {
            message.append("; ").append(failure);
        }
        boolean ours = rollout != null && rollout.revision() == app.revision();
        if (ours && (rollout.phase() == RolloutPhase.Paused || Canary.waitingForPromote(app, rollout, fleet))) {
            return new AppStatus(Phase.Progressing, app.replicas(), ready,
                    message.append("; ").append(rollout.message()).toString());
        }
        Instant since = ours && rollout.progressAt().isAfter(app.changedAt()) ? rollout.progressAt() : app.changedAt();
        boolean recent = now.isBefore(since.plus(deadline)) && !(ours && rollout.phase() == RolloutPhase.Failed);
        Phase phase = failure == null && recent ? Phase.Progressing : Phase.Degraded;
        if (phase == Phase.Degraded && failure == null) {
            message.append("; not done ").append(deadline.toSeconds()).append(" s after the last change");
        }
        return new AppStatus(phase, app.replicas(), ready, message.toString());
    }

    /** A batch app whose every run succeeded, or that gave up; null while it still runs or retries. */
    private static AppStatus batchEnded(App app, Fleet fleet, String failure) {
        int succeeded = fleet.succeeded().size();
        if (fleet.gaveUp() && fleet.live() == 0) {
            return new AppStatus(Phase.Failed, app.replicas(), 0, succeeded + " of " + app.replicas()
                    + " runs succeeded; gave up after " + fleet.failed().size() + " failed runs (at most "
                    + BatchRuns.RETRY_LIMIT + " retries)" + (failure == null ? "" : "; " + failure));
        }
        if (app.replicas() > 0 && succeeded >= app.replicas() && fleet.live() == 0) {
            return new AppStatus(Phase.Succeeded, app.replicas(), 0, succeeded + " of " + app.replicas()
                    + " runs succeeded" + (fleet.failed().isEmpty() ? "" : " after " + fleet.failed().size() + " failed"));
        }
        return null;
    }
}
