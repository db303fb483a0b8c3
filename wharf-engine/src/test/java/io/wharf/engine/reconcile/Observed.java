package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import java.time.Instant;

/** Apps and observed instances for the pure reconcile functions. */
final class Observed {
    static final AppKey KEY = new AppKey("demo", "web");
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final AppTemplate TEMPLATE = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, null);

    private Observed() {
    }

    /** The app at {@code revision} wanting {@code replicas}, last changed at {@code changedAt}. */
    static App app(int replicas, long revision, Instant changedAt) {
        return new App(KEY.system(), KEY.app(), replicas, TEMPLATE, revision, changedAt.minusSeconds(3600), changedAt);
    }

    static App app(int replicas, long revision) {
        return app(replicas, revision, NOW);
    }

    /** A running instance started {@code ageSeconds} before NOW. */
    static ObservedInstance running(String id, long revision, boolean ready, int ageSeconds) {
        return ObservedInstance.of(instance(id, revision, RuntimeInstance.State.RUNNING, ageSeconds, null), ready);
    }

    static ObservedInstance exited(String id, long revision, int exitCode) {
        return ObservedInstance.of(instance(id, revision, RuntimeInstance.State.EXITED, 60, exitCode), false);
    }

    static ObservedInstance created(String id, long revision) {
        return ObservedInstance.of(instance(id, revision, RuntimeInstance.State.CREATED, 1, null), false);
    }

    private static RuntimeInstance instance(String id, long revision, RuntimeInstance.State state, int ageSeconds,
                                            Integer exitCode) {
        return new RuntimeInstance(id, KEY, revision, state, "127.0.0.1", 40_000, NOW.minusSeconds(ageSeconds), 0, exitCode);
    }
}
