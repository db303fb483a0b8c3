package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.TemplateFingerprint;
import java.util.List;

/**
 * An app's instances sorted for a rollout: {@code current} ones run the desired release (its
 * revision, or an equal template), {@code old} ones run something else. Only live instances count;
 * {@code dead} ones stopped running without being asked.
 */
record Fleet(List<ObservedInstance> current, List<ObservedInstance> old, List<ObservedInstance> dead,
             boolean oldTerminating) {

    static Fleet of(App app, List<ObservedInstance> observed) {
        String fingerprint = TemplateFingerprint.of(app.template());
        List<ObservedInstance> live = observed.stream().filter(ObservedInstance::live).toList();
        List<ObservedInstance> current = live.stream().filter(i -> isCurrent(app, fingerprint, i)).toList();
        List<ObservedInstance> old = live.stream().filter(i -> !isCurrent(app, fingerprint, i)).toList();
        List<ObservedInstance> dead = observed.stream().filter(i -> !i.terminating() && !i.instance().running()).toList();
        boolean oldTerminating = observed.stream().anyMatch(i -> i.terminating() && !isCurrent(app, fingerprint, i));
        return new Fleet(current, old, dead, oldTerminating);
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
}
