package io.wharf.engine;

import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.engine.endpoints.EndpointPublisher;
import io.wharf.engine.health.HealthProber;
import io.wharf.engine.health.ProbeResult;
import io.wharf.engine.reconcile.AppReconciler;
import io.wharf.engine.reconcile.BatchRuns;
import io.wharf.engine.reconcile.RolloutCommands;
import io.wharf.engine.reconcile.ReconcileContext;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.SupportsImageDigests;
import io.wharf.engine.runtime.SupportsExec;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.engine.runtime.SupportsLogFollow;
import io.wharf.engine.runtime.SupportsTerminal;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.LogSink;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppType;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.model.Rollout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on one {@link InstanceRuntime}, where it starts each instance itself: runtime events and
 * readiness changes put apps on a work queue, and an {@link AppReconciler} brings each to its desired state. Nothing polls the runtime in a loop.
 */
public final class DefaultEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultEngine.class);
    /** An instance that dies sooner than this after its start counts as a crash, with back-off. */
    private static final Duration CRASH_WINDOW = Duration.ofSeconds(10);
    private final Store store;
    private final InstanceRuntime runtime;
    private final Clock clock;
    private final InstanceCache cache = new InstanceCache();
    private final Events events;
    private final ReconcileContext context;
    private final ExecutorService ops;
    private final ExecutorService stops;
    private final KeyedWorkQueue<AppKey> queue;
    private final AppReconciler reconciler;
    private final HealthProber prober;
    private final EndpointPublisher endpoints;
    private final RolloutCommands commands;
    private final ExitRecorder exits;
    private AutoCloseable watch;
    /** Instances whose end was reported: Podman may say "die" twice for one exit. */
    private final Set<String> reportedExits = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 10_000;
                }
            }));

    public DefaultEngine(Store store, InstanceRuntime runtime, EngineSettings settings, Clock clock) {
        this(store, runtime, settings, clock, SecretValues.NONE);
    }

    /** @param secrets where the clear values of apps' secrets are read when an instance starts */
    public DefaultEngine(Store store, InstanceRuntime runtime, EngineSettings settings, Clock clock, SecretValues secrets) {
        this.store = store;
        this.runtime = runtime;
        this.clock = clock;
        this.exits = new ExitRecorder(runtime, clock);
        this.events = new Events(store, clock);
        this.context = new ReconcileContext(settings, clock);
        this.ops = Executors.newFixedThreadPool(settings.parallelism(), Threads.named("ops"));
        this.stops = Executors.newCachedThreadPool(Threads.named("stop"));
        this.queue = new KeyedWorkQueue<>("reconcile", 2, this::reconcile);
        this.reconciler = new AppReconciler(store, runtime, secrets, cache, events, context, ops, stops, this::requeue,
                this::publishEndpoints, this::awaitDrained);
        reconciler.onEndedAtStart(this::endedAtStart);
        this.endpoints = new EndpointPublisher(cache, key -> reconciler.desired(key).orElse(null),
                key -> reconciler.rollouts().known(key).orElse(null));
        this.commands = new RolloutCommands(store, reconciler, clock, this::instancesChanged);
        this.prober = new HealthProber(cache, reconciler::desired, events, this::instancesChanged, settings, clock);
    }

    @Override
    public void start() {
        watch = runtime.watch(this::onRuntimeEvent);
        adopt();
        prober.start();
        LOG.info("engine started on runtime {}", runtime.name());
    }

    /** Takes over what a previous server left running; removes instances whose app is gone. */
    private void adopt() {
        Set<AppKey> apps = store.listAllApps().stream().map(App::key).collect(Collectors.toSet());
        Map<AppKey, List<RuntimeInstance>> found = runtime.list().stream()
                .collect(Collectors.groupingBy(RuntimeInstance::app));
        found.forEach((app, instances) -> {
            if (!apps.contains(app)) {
                LOG.info("removing {} instances of {}, which no longer exists", instances.size(), app);
                instances.forEach(i -> stops.execute(() -> runtime.remove(i.id(), Duration.ofSeconds(2))));
                return;
            }
            instances.forEach(i -> cache.put(ObservedInstance.of(i, false)));
            long running = instances.stream().filter(RuntimeInstance::running).count();
            events.normal(app, "Adopted", "adopted " + running + " running instances at server start");
        });
        apps.forEach(queue::add);
    }

    private void onRuntimeEvent(RuntimeEvent event) {
        switch (event.type()) {
            case STARTED -> {
                if (cache.get(event.instanceId()).isEmpty()) {
                    runtime.inspect(event.instanceId()).ifPresent(i -> cache.putIfAbsent(ObservedInstance.of(i, false)));
                    queue.add(event.app());
                }
            }
            case DIED -> onDied(event);
            case REMOVED -> cache.remove(event.instanceId()).ifPresent(gone -> {
                if (!gone.terminating()) {
                    context.note(event.app(), "instance " + gone.id() + " was removed outside Wharf");
                    events.warning(event.app(), "Removed", "instance " + gone.id()
                            + " was removed outside Wharf; starting a replacement");
                }
                instancesChanged(event.app());
                reconciler.roomMayHaveReturned();
            });
            case RESYNC -> resync();
        }
    }

    private void onDied(RuntimeEvent event) {
        ObservedInstance known = cache.get(event.instanceId()).orElse(null);
        if (known != null && known.terminating()) {
            return;
        }
        RuntimeInstance now = runtime.inspect(event.instanceId()).orElse(null);
        // an instance that ended before its start was recorded is one of ours too, when its app is
        RuntimeInstance ended = known != null ? known.instance() : now != null && store.findApp(event.app()).isPresent() ? now : null;
        if (ended != null && reportedExits.add(event.instanceId())) {
            // kept before the cache shows the instance dead: a reconcile removes dead instances, and their logs with them
            Optional<InstanceExit> exit = exits.record(event.app(), event.instanceId(), now == null ? null : now.exitCode());
            reportExit(event.app(), event.instanceId(), ended, now, exit);
        }
        // the back-off is in place before a reconcile can see the instance dead and start another
        if (now == null) {
            cache.remove(event.instanceId());
        } else if (known == null) {
            cache.put(ObservedInstance.of(now, false));
        } else {
            cache.update(event.instanceId(), o -> o.withInstance(now));
        }
        instancesChanged(event.app());
        reconciler.roomMayHaveReturned();
    }

    /**
     * An instance that had already ended when its start returned: reported now, once, so that its back-off is
     * in place before a reconcile removes it (its "die" may come only after the container is gone).
     */
    private void endedAtStart(RuntimeInstance ended) {
        if (reportedExits.add(ended.id())) {
            Optional<InstanceExit> exit = exits.record(ended.app(), ended.id(), ended.exitCode());
            reportExit(ended.app(), ended.id(), ended, ended, exit);
        }
    }

    /** Says how the instance ended; a failure of a batch run, or a crash soon after a start, backs the app off. */
    private void reportExit(AppKey app, String instanceId, RuntimeInstance ended, RuntimeInstance now, Optional<InstanceExit> exit) {
        Integer exitCode = exit.map(InstanceExit::exitCode).filter(c -> c >= 0).orElse(now == null ? null : now.exitCode());
        boolean oomKilled = exit.map(x -> x.reason().equals(InstanceExit.OOM_KILLED)).orElse(false);
        String code = (exitCode == null ? "" : " with code " + exitCode) + (oomKilled ? ", killed for memory (OOMKilled)" : "");
        String failure = "instance " + instanceId + " exited" + code;
        boolean batch = store.findApp(app).map(a -> a.template().type() == AppType.BATCH).orElse(false);
        boolean crashed = ended.startedAt() != null && clock.instant().isBefore(ended.startedAt().plus(CRASH_WINDOW));
        if (batch && Integer.valueOf(0).equals(exitCode)) {
            events.normal(app, "Completed", "instance " + instanceId + " ran to completion (exit code 0)");
        } else if (batch) {
            context.fail(app, failure);
            events.warning(app, oomKilled ? InstanceExit.OOM_KILLED : "Exited", failure
                    + "; a new run starts after the back-off unless " + BatchRuns.RETRY_LIMIT + " retries are spent");
        } else {
            if (crashed) {
                context.fail(app, failure + " soon after its start");
            } else {
                context.note(app, failure);
            }
            events.warning(app, oomKilled ? InstanceExit.OOM_KILLED : "Exited", failure + "; starting a replacement");
        }
    }

    /** The event stream was interrupted: take a fresh look at everything once. */
    private void resync() {
        List<RuntimeInstance> found = runtime.list();
        Set<String> ids = found.stream().map(RuntimeInstance::id).collect(Collectors.toSet());
        cache.all().stream().filter(o -> !ids.contains(o.id())).forEach(o -> cache.remove(o.id()));
        found.forEach(i -> cache.get(i.id()).ifPresentOrElse(
                o -> cache.update(i.id(), c -> c.withInstance(i)), () -> cache.put(ObservedInstance.of(i, false))));
        store.listAllApps().forEach(a -> queue.add(a.key()));
        found.forEach(i -> queue.add(i.app()));
    }

    /** Readiness or liveness of the app's instances changed: traffic follows at once, the reconciler soon. */
    private void instancesChanged(AppKey app) {
        publishEndpoints(app);
        queue.add(app);
    }

    private void publishEndpoints(AppKey app) {
        endpoints.publish(app);
    }

    private boolean awaitDrained(String host, int port, Duration max) {
        return endpoints.awaitDrained(host, port, max);
    }

    private void reconcile(AppKey app) {
        reconciler.reconcile(app);
    }

    private void requeue(AppKey app, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            queue.add(app);
        } else {
            queue.addAfter(app, delay);
        }
    }

    @Override
    public void addEndpointListener(EndpointListener listener) {
        endpoints.addListener(listener);
    }

    @Override
    public void appChanged(AppKey app) {
        queue.add(app);
    }

    @Override
    public Optional<Rollout> rollout(AppKey app) {
        return reconciler.rollouts().known(app).or(() -> store.findRollout(app));
    }

    @Override
    public Rollout command(AppKey app, RolloutCommand command, String who) {
        return switch (command) {
            case PAUSE -> commands.pause(app, who);
            case RESUME -> commands.resume(app, who);
            case PROMOTE -> commands.promote(app, who);
            case ABORT -> commands.abort(app, who);
        };
    }

    @Override
    public Optional<String> pinnedImage(String image) {
        return runtime instanceof SupportsImageDigests digests ? digests.pinned(image) : Optional.empty();
    }

    @Override
    public List<Instance> instances(AppKey app) {
        return cache.of(app).stream().map(ObservedInstance::view).toList();
    }

    @Override
    public Map<String, ProbeResult> probeResults(AppKey app) {
        return cache.of(app).stream().flatMap(o -> prober.results().of(o.id()).stream())
                .collect(Collectors.toMap(ProbeResult::instanceId, r -> r));
    }

    @Override
    public Optional<List<String>> logs(AppKey app, String instanceId, LogQuery query) {
        if (cache.get(instanceId).filter(o -> o.instance().app().equals(app)).isEmpty()) {
            return Optional.empty();
        }
        if (!(runtime instanceof SupportsLogs logs)) {
            throw new EngineException("runtime " + runtime.name() + " keeps no logs");
        }
        return logs.logs(instanceId, query);
    }

    @Override
    public Optional<AutoCloseable> follow(AppKey app, String instanceId, Instant since, int tail, LogSink sink) {
        if (cache.get(instanceId).filter(o -> o.instance().app().equals(app)).isEmpty()) {
            return Optional.empty();
        }
        if (!(runtime instanceof SupportsLogFollow logs)) {
            throw new EngineException("runtime " + runtime.name() + " cannot follow logs");
        }
        return logs.follow(instanceId, since, tail, sink);
    }

    @Override
    public void addExitListener(ExitListener listener) {
        exits.addListener(listener);
    }

    @Override
    public Optional<ExecResult> exec(AppKey app, String instanceId, List<String> command, Duration timeout) {
        if (cache.get(instanceId).filter(o -> o.instance().app().equals(app)).isEmpty()) {
            return Optional.empty();
        }
        if (!(runtime instanceof SupportsExec exec)) {
            throw new EngineException("runtime " + runtime.name() + " runs no commands in instances");
        }
        return exec.exec(instanceId, command, timeout);
    }

    @Override
    public Optional<TerminalSession> terminal(AppKey app, String instanceId, TerminalRequest request,
                                              TerminalListener listener) {
        if (cache.get(instanceId).filter(o -> o.instance().app().equals(app)).isEmpty()) {
            return Optional.empty();
        }
        if (!(runtime instanceof SupportsTerminal terminals)) {
            throw new EngineException("runtime " + runtime.name() + " opens no terminals in instances");
        }
        return terminals.terminal(instanceId, request, listener);
    }

    @Override
    public void close() {
        prober.close();
        queue.close();
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (Exception e) {
            LOG.debug("closing the runtime watch failed", e);
        }
        ops.shutdownNow();
        stops.shutdownNow();
    }
}
