package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.AppType;
import io.wharf.model.TemplateFingerprint;
import java.util.List;

/**
 * An app's instances sorted for a rollout: {@code current} ones run the desired release (its
 * revision, or an equal template), {@code old} ones run something else. Only live instances count;
 * {@code dead} ones stopped running without being asked. A batch app's exited runs of the current
 * release are kept, not dead: {@code succeeded} exited 0, {@code failed} exited otherwise.
 */
record Fleet(List<ObservedInstance> current, List<ObservedInstance> old, List<ObservedInstance> dead,
             boolean oldTerminating, List<ObservedInstance> succeeded, List<ObservedInstance> failed) {

    static Fleet of(App app, List<ObservedInstance> observed) {
        String fingerprint = TemplateFingerprint.of(app.template());
        List<ObservedInstance> live = observed.stream().filter(ObservedInstance::live).toList();
        List<ObservedInstance> current = live.stream().filter(i -> isCurrent(app, fingerprint, i)).toList();
        List<ObservedInstance> old = live.stream().filter(i -> !isCurrent(app, fingerprint, i)).toList();
        List<ObservedInstance> ended = observed.stream().filter(i -> !i.terminating() && !i.instance().running()).toList();
        boolean batch = app.template().type() == AppType.BATCH;
        List<ObservedInstance> runs = batch
                ? ended.stream().filter(i -> BatchRuns.isRun(i) && isCurrent(app, fingerprint, i)).toList() : List.of();
        List<ObservedInstance> dead = ended.stream().filter(i -> !runs.contains(i)).toList();
        boolean oldTerminating = observed.stream().anyMatch(i -> i.terminating() && !isCurrent(app, fingerprint, i));
        return new Fleet(current, old, dead, oldTerminating,
                runs.stream().filter(BatchRuns::succeeded).toList(),
                runs.stream().filter(i -> !BatchRuns.succeeded(i)).toList());
    }

    static boolean isCurrent(App app, String fingerprint, ObservedInstance i) {
        return i.instance().revision() == app.revision() || fingerprint.equals(i.instance().template());
    }

    int readyCurrent() {
        return (int) current.stream().filter(ObservedInstance::ready).count();
    }

    int readyOld() {
        return (int) old.stream().filter(ObservedInstance::ready).count();
    }

    int live() {
        return current.size() + old.size();
    }

    /** The runs still wanted: all replicas for a service, those not yet succeeded for a batch app. */
    int wanted(App app) {
        return Math.max(0, app.replicas() - succeeded.size());
    }

    /** A batch app whose failed runs passed its retry limit: nothing more is started. */
    boolean gaveUp() {
        return failed.size() > BatchRuns.RETRY_LIMIT;
    }
}
