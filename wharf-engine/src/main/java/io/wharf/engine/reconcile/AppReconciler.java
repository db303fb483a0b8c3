package io.wharf.engine.reconcile;

import io.wharf.engine.Events;
import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.engine.endpoints.Drain;
import io.wharf.engine.runtime.ImagePullException;
import io.wharf.engine.runtime.InstanceSpecs;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.Phase;
import io.wharf.model.Rollout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one app's instances to its desired state: load what is wanted, look at what runs, remove
 * what should not run, start what is missing, report the status. Idempotent: with nothing changed
 * a second run does nothing. Called for one app at a time by the work queue.
 */
public final class AppReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(AppReconciler.class);
    private final Store store;
    private final InstanceRuntime runtime;
    private final SecretValues secrets;
    private final InstanceCache cache;
    private final Events events;
    private final ReconcileContext context;
    private final ExecutorService ops;
    private final ExecutorService stops;
    private final BiConsumer<AppKey, Duration> requeue;
    private final Consumer<AppKey> endpointsMayHaveChanged;
    private final Drain drain;
    private final Map<AppKey, App> desired = new ConcurrentHashMap<>();
    private final Map<AppKey, AppStatus> reported = new ConcurrentHashMap<>();
    private final RolloutTracker rollouts;
    private final KeyLocks locks = new KeyLocks();
    private final LocalNode node;
    private final Map<AppKey, Integer> pending = new ConcurrentHashMap<>();
    private volatile Consumer<RuntimeInstance> endedAtStart = i -> { };

    /**
     * @param ops   starts instances, bounded by the engine's parallelism
     * @param stops stops them: its own threads, so that an instance that waits out its grace period never
     *              holds a start back
     * @param drain waited for on a stop thread before an instance is stopped, within its grace period
     */
    public AppReconciler(Store store, InstanceRuntime runtime, SecretValues secrets, InstanceCache cache, Events events, ReconcileContext context,
                         ExecutorService ops, ExecutorService stops, BiConsumer<AppKey, Duration> requeue,
                         Consumer<AppKey> endpointsMayHaveChanged, Drain drain) {
        this.store = store;
        this.runtime = runtime;
        this.secrets = secrets;
        this.cache = cache;
        this.events = events;
        this.context = context;
        this.ops = ops;
        this.stops = stops;
        this.requeue = requeue;
        this.endpointsMayHaveChanged = endpointsMayHaveChanged;
        this.drain = drain;
        this.rollouts = new RolloutTracker(store, events);
        this.node = new LocalNode(context.settings().node(), cache,
                key -> Optional.ofNullable(desired.get(key)).or(() -> store.findApp(key)), context::now);
    }

    /** Told of an instance that had already ended when its start returned, before it is recorded. */
    public void onEndedAtStart(Consumer<RuntimeInstance> listener) {
        this.endedAtStart = listener;
    }

    /** The desired state last seen by a reconcile, for the health prober. */
    public Optional<App> desired(AppKey key) {
        return Optional.ofNullable(desired.get(key));
    }

    /** Called for one app at a time; rollout commands for the app wait until a pass is over. */
    public void reconcile(AppKey key) {
        synchronized (locks.of(key)) {
            App app = loadDesired(key);
            if (app != null && app.template().healthCheck() == null) {
                markRunningReady(key);
            }
            if (app == null) {
                ReconcilePlan.forDeletedApp(cache.of(key)).toRemove().forEach(removal -> remove(key, removal));
                forget(key);
                endpointsMayHaveChanged.accept(key);
                return;
            }
            roll(app);
            reportStatus(app);
            endpointsMayHaveChanged.accept(key);
        }
    }

    private void roll(App app) {
        Rollout rollout = rollouts.current(app, context.now());
        RolloutDecision decision = RolloutPlanner.plan(app, rollout, cache.of(app.key()), context.now(),
                context.failure(app.key()), context.fatalFailure(app.key(), app.revision()));
        decision.toRemove().forEach(removal -> remove(app.key(), removal));
        startMissing(app, decision.toStart());
        boolean rolledBack = rollouts.record(app, rollout, decision.rollout(), context.now());
        if (rolledBack) {
            requeue.accept(app.key(), Duration.ZERO); // the restoring release is next
        } else if (!decision.toRemove().isEmpty()) {
            // the instances being stopped no longer count: their replacements may start now, not after the stops
            requeue.accept(app.key(), Duration.ZERO);
        } else if (decision.recheckIn() != null) {
            requeue.accept(app.key(), decision.recheckIn());
        }
    }

    public RolloutTracker rollouts() {
        return rollouts;
    }

    public Object lock(AppKey key) {
        return locks.of(key);
    }

    private App loadDesired(AppKey key) {
        App app = store.findApp(key).orElse(null);
        if (app != null) {
            desired.put(key, app);
        }
        return app;
    }

    /**
     * Without a readiness check an instance is ready while it runs, whoever started it: also when it
     * was adopted at server start or first seen through a runtime event or a resync.
     */
    private void markRunningReady(AppKey key) {
        cache.of(key).stream().filter(i -> i.live() && !i.ready())
                .forEach(i -> cache.update(i.id(), o -> o.live() ? o.withProbe(true, 0, context.now()) : o));
    }

    private void forget(AppKey key) {
        desired.remove(key);
        pending.remove(key);
        rollouts.forget(key);
        reported.remove(key);
        context.forget(key);
    }

    private void remove(AppKey key, ReconcilePlan.Removal removal) {
        Optional<ObservedInstance> marked = cache.update(removal.id(), ObservedInstance::asTerminating);
        if (marked.isEmpty()) {
            return;
        }
        endpointsMayHaveChanged.accept(key); // traffic leaves the instance before it is stopped
        if (removal.graceful()) {
            events.normal(key, "Stopping", "stopping instance " + removal.id() + " because " + removal.reason());
        }
        Duration grace = removal.graceful() ? stopGrace(key) : Duration.ZERO;
        RuntimeInstance leaving = marked.get().instance();
        stops.execute(() -> {
            try {
                awaitRequestsInFlight(leaving, grace);
                runtime.remove(removal.id(), grace);
                cache.remove(removal.id());
                roomMayHaveReturned();
            } catch (RuntimeException e) {
                LOG.warn("removing instance {} of {} failed; will retry", removal.id(), key, e);
                runtime.inspect(removal.id()).ifPresentOrElse(
                        i -> cache.put(ObservedInstance.of(i, false)), () -> cache.remove(removal.id()));
                requeue.accept(key, Duration.ofSeconds(1));
                return;
            }
            requeue.accept(key, Duration.ZERO);
        });
    }

    /** Waits, at most the grace period, until no request is in flight to the instance. */
    private void awaitRequestsInFlight(RuntimeInstance leaving, Duration grace) {
        if (!grace.isZero() && leaving.host() != null && leaving.port() != null
                && !drain.awaitDrained(leaving.host(), leaving.port(), grace)) {
            LOG.info("instance {} still has requests in flight after {}; stopping it", leaving.id(), grace);
        }
    }

    /** The app's own grace period, else the engine's. */
    private Duration stopGrace(AppKey key) {
        App app = desired.get(key);
        Integer seconds = app == null ? null : app.template().stopGraceSeconds();
        return seconds == null ? context.settings().stopGrace() : Duration.ofSeconds(seconds);
    }

    private void startMissing(App app, int count) {
        if (count == 0) {
            notePending(app, 0);
            return;
        }
        Backoff backoff = context.backoff(app.key());
        if (!backoff.allows(context.now())) {
            requeue.accept(app.key(), Duration.between(context.now(), backoff.notBefore()));
            return;
        }
        List<CompletableFuture<Void>> starts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String id = InstanceIds.next(app.name());
            Optional<List<String>> room = node.admit(app, id);
            if (room.isEmpty()) {
                break;
            }
            room.get().forEach(victim -> evict(victim, app));
            starts.add(CompletableFuture.runAsync(() -> startOne(app, id), ops));
        }
        notePending(app, count - starts.size());
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    /** Instances that found no room wait as pending; the app's events say so each time their number changes. */
    private void notePending(App app, int waiting) {
        Integer before = waiting == 0 ? pending.remove(app.key()) : pending.put(app.key(), waiting);
        if (waiting > 0 && !Integer.valueOf(waiting).equals(before)) {
            events.warning(app.key(), "Pending", waiting + (waiting == 1 ? " instance waits" : " instances wait")
                    + " for room on this machine: " + node.shortage(app));
        }
    }

    /** An instance stopped: apps with pending instances look again. */
    public void roomMayHaveReturned() {
        pending.keySet().forEach(key -> requeue.accept(key, Duration.ZERO));
    }

    /** A yielding instance makes room for an online instance of {@code forApp}, which does not wait for it to stop. */
    private void evict(String victim, App forApp) {
        cache.get(victim).ifPresent(o -> {
            AppKey owner = o.instance().app();
            String why = "the online app " + forApp.key() + " needs its room";
            events.warning(owner, "Evicted", "instance " + victim + " was evicted: " + why
                    + "; a replacement waits until room returns");
            remove(owner, new ReconcilePlan.Removal(victim, "it was evicted: " + why, true));
            requeue.accept(owner, Duration.ZERO);
        });
    }

    private void startOne(App app, String id) {
        try {
            startOnNode(app, id);
        } finally {
            node.settled(id);
            roomMayHaveReturned(); // a start that failed, or a run that already ended, frees its room
        }
    }

    private void startOnNode(App app, String id) {
        try {
            events.normal(app.key(), "Scheduled", "instance " + id + " (revision " + app.revision()
                    + ") is to start on this machine");
            RuntimeInstance started = runtime.start(InstanceSpecs.desired(app, id, secrets));
            if (started.state() == RuntimeInstance.State.EXITED) {
                endedAtStart.accept(started);
            }
            boolean readyNow = app.template().healthCheck() == null && started.running();
            cache.merge(ObservedInstance.of(started, readyNow));
            events.normal(app.key(), "Pulled", "image " + app.template().image() + " is present for instance " + id);
            events.normal(app.key(), "Started", "started instance " + id + " (revision " + app.revision() + ")"
                    + (started.address() == null ? "" : " at " + started.address()));
            reportStatus(app);
            // Look again once this pass is done: a started instance may let older revisions go.
            requeue.accept(app.key(), Duration.ZERO);
        } catch (ImagePullException e) {
            events.warning(app.key(), "ImagePullFailed", "could not start an instance: " + e.getMessage());
            context.failFatally(app.key(), app.revision(), e.getMessage());
            requeue.accept(app.key(), Duration.ZERO); // the rollout fails now, and rolls back if it may
        } catch (RuntimeException e) {
            String failure = "could not start an instance: " + e.getMessage();
            events.warning(app.key(), "FailedStart", failure);
            Backoff next = context.fail(app.key(), failure);
            requeue.accept(app.key(), Duration.between(context.now(), next.notBefore()));
        }
    }

    /** Called by the reconcile pass and by each start as it completes, so that progress shows at once. */
    private synchronized void reportStatus(App app) {
        Duration deadline = Duration.ofSeconds(app.strategy().progressDeadlineSeconds());
        AppStatus status = StatusCalculator.compute(app, rollouts.known(app.key()).orElse(null), cache.of(app.key()),
                context.now(), deadline, context.failure(app.key()));
        Integer waiting = pending.get(app.key());
        if (waiting != null && status.phase() != Phase.Available) {
            status = new AppStatus(status.phase(), status.replicas(), status.readyReplicas(), status.message() + "; "
                    + waiting + " pending: no room on this machine");
        }
        if (status.phase() == Phase.Available || status.phase() == Phase.Succeeded) {
            context.recovered(app.key());
        }
        AppStatus before = reported.computeIfAbsent(app.key(), k -> store.findStatus(k).orElse(null));
        if (status.equals(before)) {
            return;
        }
        store.saveStatus(app.key(), status);
        reported.put(app.key(), status);
        if (before == null || before.phase() != status.phase()) {
            String message = status.phase() + ": " + status.message();
            if (status.phase() == Phase.Degraded || status.phase() == Phase.Failed) {
                events.warning(app.key(), status.phase().name(), message);
            } else {
                events.normal(app.key(), status.phase().name(), message);
            }
        }
        if (status.phase() == Phase.Progressing) {
            // Re-check at the deadline so that a change that never completes turns Degraded.
            requeue.accept(app.key(), Duration.between(context.now(), app.changedAt().plus(deadline)).plusMillis(10));
        }
    }
}
