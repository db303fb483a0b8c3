package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.model.App;
import io.wharf.model.Rollout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which ready instances get traffic, and how much, while an app rolls out: every ready instance
 * equally, except the old set only until a blue-green switch, and the step's share for canaries.
 * A pure function; instances left out get none.
 */
public final class Traffic {
    public static final int EQUAL = 100;

    private Traffic() {
    }

    /** Weights by instance id, for ready, live instances only. */
    public static Map<String, Integer> weights(App app, Rollout rollout, List<ObservedInstance> observed) {
        Fleet fleet = Fleet.of(app, observed);
        List<ObservedInstance> current = fleet.current().stream().filter(ObservedInstance::ready).toList();
        List<ObservedInstance> old = fleet.old().stream().filter(ObservedInstance::ready).toList();
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (BlueGreen.applies(app) && !old.isEmpty() && !current.isEmpty()) {
            boolean switched = BlueGreen.switched(app, rollout, fleet);
            (switched ? current : old).forEach(i -> weights.put(i.id(), EQUAL));
            return weights;
        }
        Integer share = Canary.weight(app, rollout);
        if (share != null && !old.isEmpty() && !current.isEmpty()) {
            int eachNew = Math.max(1, Math.round(share * 100f / current.size()));
            int eachOld = Math.max(1, Math.round((100 - share) * 100f / old.size()));
            current.forEach(i -> weights.put(i.id(), eachNew));
            old.forEach(i -> weights.put(i.id(), eachOld));
            return weights;
        }
        current.forEach(i -> weights.put(i.id(), EQUAL));
        old.forEach(i -> weights.put(i.id(), EQUAL));
        return weights;
    }
}
