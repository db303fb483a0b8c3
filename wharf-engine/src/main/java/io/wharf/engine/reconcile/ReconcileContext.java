package io.wharf.engine.reconcile;

import io.wharf.engine.EngineSettings;
import io.wharf.model.AppKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine remembers about each app between reconciles: its last unresolved failure and
 * the back-off before the next start. Cleared when the app is Available again.
 */
public final class ReconcileContext {
    /** How long an app must stay well after its last delayed start before its back-off starts again at 1 s. */
    static final Duration STABLE = Duration.ofSeconds(60);
    private final EngineSettings settings;
    private final Clock clock;
    private final Map<AppKey, String> failures = new ConcurrentHashMap<>();
    private final Map<AppKey, Backoff> backoffs = new ConcurrentHashMap<>();
    private final Map<AppKey, Fatal> fatal = new ConcurrentHashMap<>();

    /** A failure that another try of the same revision would meet again, such as an image that cannot be pulled. */
    private record Fatal(long revision, String failure) {
    }

    public ReconcileContext(EngineSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public EngineSettings settings() {
        return settings;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records a failure that needs no back-off, such as an instance that died after running a while. */
    public void note(AppKey app, String failure) {
        failures.put(app, failure);
    }

    /** Records a failure and returns the back-off before the next start. */
    public Backoff fail(AppKey app, String failure) {
        failures.put(app, failure);
        return backoffs.compute(app, (k, b) -> (b == null ? Backoff.NONE : b).next(now()));
    }

    /** Records a failure that fails the rollout of {@code revision} at once, and returns the back-off. */
    public Backoff failFatally(AppKey app, long revision, String failure) {
        fatal.put(app, new Fatal(revision, failure));
        return fail(app, failure);
    }

    /** The failure that fails the rollout of this revision at once, or null. */
    public String fatalFailure(AppKey app, long revision) {
        Fatal f = fatal.get(app);
        return f != null && f.revision() == revision ? f.failure() : null;
    }

    public String failure(AppKey app) {
        return failures.get(app);
    }

    public Backoff backoff(AppKey app) {
        return backoffs.getOrDefault(app, Backoff.NONE);
    }

    /**
     * The app is well again. Its back-off is forgotten only once it has stayed well for
     * {@link #STABLE} after the last delayed start: an app whose instances crash soon after each start
     * is Available for a moment every time, and its back-off must still grow.
     */
    public void recovered(AppKey app) {
        failures.remove(app);
        fatal.remove(app);
        backoffs.computeIfPresent(app, (k, b) -> now().isAfter(b.notBefore().plus(STABLE)) ? null : b);
    }

    public void forget(AppKey app) {
        failures.remove(app);
        fatal.remove(app);
        backoffs.remove(app);
    }
}
