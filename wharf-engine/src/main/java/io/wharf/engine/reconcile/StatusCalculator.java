package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.Phase;
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
        List<ObservedInstance> live = observed.stream().filter(ObservedInstance::live).toList();
        int ready = (int) live.stream().filter(i -> i.ready() && i.instance().revision() == app.revision()).count();
        long older = live.stream().filter(i -> i.instance().revision() != app.revision()).count();
        int wanted = app.replicas();
        if (ready == wanted && live.size() == wanted) {
            String message = wanted == 0 ? "scaled to zero" : ready + "/" + wanted + " instances ready";
            return new AppStatus(Phase.Available, wanted, ready, message);
        }
        StringBuilder message = new StringBuilder().append(ready).append('/').append(wanted).append(" instances ready");
        if (older > 0) {
            message.append("; ").append(older).append(" of older revisions still running");
        }
        if (live.size() > wanted && older == 0) {
            message.append("; stopping ").append(live.size() - wanted);
        }
        if (failure != null) {
            message.append("; ").append(failure);
        }
        boolean recent = now.isBefore(app.changedAt().plus(deadline));
        Phase phase = failure == null && recent ? Phase.Progressing : Phase.Degraded;
        if (phase == Phase.Degraded && failure == null) {
            message.append("; not done ").append(deadline.toSeconds()).append(" s after the last change");
        }
        return new AppStatus(phase, wanted, ready, message.toString());
    }
}
