package io.wharf.engine.reconcile;

import io.wharf.model.App;
import io.wharf.model.Rollout;
import io.wharf.model.StrategyType;

/** Blue-green: traffic moves from the old set to the new one at once, when the whole new set is ready. */
final class BlueGreen {
    private BlueGreen() {
    }

    static boolean applies(App app) {
        return app.strategy().type() == StrategyType.BLUE_GREEN;
    }

    static boolean switched(App app, Rollout rollout, Fleet fleet) {
        boolean sameRelease = rollout != null && rollout.revision() == app.revision();
        return (sameRelease && rollout.switchedAt() != null) || fleet.old().isEmpty()
                || (fleet.current().size() >= app.replicas() && fleet.readyCurrent() >= app.replicas());
    }
}
