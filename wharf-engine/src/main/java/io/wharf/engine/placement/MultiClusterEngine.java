package io.wharf.engine.placement;

import io.wharf.engine.DefaultEngine;
import io.wharf.engine.Engine;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.Events;
import io.wharf.engine.KeyedWorkQueue;
import io.wharf.engine.RolloutCommand;
import io.wharf.engine.Threads;
import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.engine.health.ProbeResult;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.engine.runtime.SupportsExec;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.engine.runtime.SupportsLogFollow;
import io.wharf.engine.runtime.SupportsTerminal;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.LogSink;
import io.wharf.engine.ExitListener;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.model.Rollout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The engine over every cluster: the local engine runs each app's local share on Podman, and the
 * app's other shares are applied to the registered Kubernetes clusters, whose controllers keep them.
 * Instances and status are combined; a cluster that cannot be reached shows its instances as unknown.
 */
public final class MultiClusterEngine implements Engine {
    static final Duration RETRY = Duration.ofSeconds(2);
    private final Store store;
    private final DefaultEngine local;
    private final ClusterDirectory directory;
    private final ClusterReconciler reconciler;
    private final ClusterWatches watches;
    private final KeyedWorkQueue<AppKey> applies;
    private final KeyedWorkQueue<AppKey> statuses;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Threads.named("clusters"));

    public MultiClusterEngine(Store store, InstanceRuntime localRuntime, ClusterDirectory directory,
                              EngineSettings settings, Clock clock, SecretValues secrets) {
        this.store = store;
        this.directory = directory;
        this.reconciler = new ClusterReconciler(store, directory, new Events(store, clock), clock,
                settings.progressDeadline());
        this.applies = new KeyedWorkQueue<>("cluster-apply", 2, this::reconcile);
        this.local = new DefaultEngine(new LocalShareStore(store, reconciler::localStatus, applies::add), localRuntime,
                settings, clock, secrets);
        this.statuses = new KeyedWorkQueue<>("cluster-status", 1, reconciler::publishStatus);
        this.watches = new ClusterWatches(this::instancesChanged, this::clusterConnected);
    }

    @Override
    public void start() {
        local.start();
        watches.follow(directory.clusters());
        store.listAllApps().forEach(app -> applies.add(app.key()));
        ticker.scheduleWithFixedDelay(this::tick, RETRY.toMillis(), RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reconcile(AppKey key) {
        if (reconciler.reconcile(key)) {
            applies.addAfter(key, RETRY);
        }
    }

    /**
     * An instance on a cluster changed: the app's status follows. Once an instance is gone, what
     * only it still mounted (the files of an older release) can be pruned: the app is applied again.
     */
    private void instancesChanged(RuntimeEvent event) {
        statuses.add(event.app());
        if (event.type() == RuntimeEvent.Type.REMOVED) {
            applies.add(event.app());
        }
    }

    /** Clusters come and go, and lose and regain their connection: follow them, and look again at their apps. */
    private void tick() {
        watches.follow(directory.clusters());
        watches.checkConnections();
    }

    private void clusterConnected(String cluster, boolean connected) {
        for (App app : store.listAllApps()) {
            if (LocalShareStore.spansClusters(app)) {
                (connected ? applies : statuses).add(app.key());
            }
        }
    }

    @Override
    public void appChanged(AppKey app) {
        local.appChanged(app);
        applies.add(app);
    }

    @Override
    public void addEndpointListener(EndpointListener listener) {
        local.addEndpointListener(listener);
    }

    @Override
    public Optional<Rollout> rollout(AppKey app) {
        return local.rollout(app);
    }

    @Override
    public Rollout command(AppKey app, RolloutCommand command, String who) {
        return local.command(app, command, who);
    }

    @Override
    public Optional<String> pinnedImage(String image) {
        return local.pinnedImage(image);
    }

    @Override
    public List<Instance> instances(AppKey app) {
        List<Instance> all = new ArrayList<>(local.instances(app));
        for (Cluster cluster : directory.clusters()) {
            boolean connected = cluster.runtime().connected();
            ClusterReconciler.instancesOf(cluster, app).forEach(i -> all.add(view(cluster.name(), i, connected)));
        }
        return all;
    }

    /** Only the local share's instances are checked by the engine; clusters check their own. */
    @Override
    public Map<String, ProbeResult> probeResults(AppKey app) {
        return local.probeResults(app);
    }

    /** The local engine's instance if it has it, else the instance of the app on whichever cluster runs it. */
    @Override
    public Optional<List<String>> logs(AppKey app, String instanceId, LogQuery query) {
        Optional<List<String>> found = local.logs(app, instanceId, query);
        if (found.isPresent()) {
            return found;
        }
        Optional<Cluster> cluster = clusterRunning(app, instanceId);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        if (!(cluster.get().runtime() instanceof SupportsLogs logs)) {
            throw new EngineException("cluster " + cluster.get().name() + " keeps no logs");
        }
        return logs.logs(instanceId, query);
    }

    /** The local engine's instance if it has it, else the instance of the app on whichever cluster runs it. */
    @Override
    public Optional<AutoCloseable> follow(AppKey app, String instanceId, Instant since, int tail, LogSink sink) {
        Optional<AutoCloseable> found = local.follow(app, instanceId, since, tail, sink);
        if (found.isPresent()) {
            return found;
        }
        Optional<Cluster> cluster = clusterRunning(app, instanceId);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        if (!(cluster.get().runtime() instanceof SupportsLogFollow logs)) {
            throw new EngineException("cluster " + cluster.get().name() + " cannot follow logs");
        }
        return logs.follow(instanceId, since, tail, sink);
    }

    /** Exits of local instances only: a cluster's controllers restart its pods in place. */
    @Override
    public void addExitListener(ExitListener listener) {
        local.addExitListener(listener);
    }

    /** Run in the local engine's instance if it has it, else in the instance of the app on whichever cluster runs it. */
    @Override
    public Optional<ExecResult> exec(AppKey app, String instanceId, List<String> command, Duration timeout) {
        Optional<ExecResult> done = local.exec(app, instanceId, command, timeout);
        if (done.isPresent()) {
            return done;
        }
        Optional<Cluster> cluster = clusterRunning(app, instanceId);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        if (!(cluster.get().runtime() instanceof SupportsExec exec)) {
            throw new EngineException("cluster " + cluster.get().name() + " runs no commands in instances");
        }
        return exec.exec(instanceId, command, timeout);
    }

    /** Opened in the local engine's instance if it has it, else in the instance of the app on whichever cluster runs it. */
    @Override
    public Optional<TerminalSession> terminal(AppKey app, String instanceId, TerminalRequest request,
                                              TerminalListener listener) {
        Optional<TerminalSession> opened = local.terminal(app, instanceId, request, listener);
        if (opened.isPresent()) {
            return opened;
        }
        Optional<Cluster> cluster = clusterRunning(app, instanceId);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        if (!(cluster.get().runtime() instanceof SupportsTerminal terminals)) {
            throw new EngineException("cluster " + cluster.get().name() + " opens no terminals in instances");
        }
        return terminals.terminal(instanceId, request, listener);
    }

    private Optional<Cluster> clusterRunning(AppKey app, String instanceId) {
        return directory.clusters().stream().filter(cluster -> ClusterReconciler.instancesOf(cluster, app).stream()
                .anyMatch(i -> i.id().equals(instanceId))).findFirst();
    }

    static Instance view(String cluster, RuntimeInstance i, boolean connected) {
        String state = connected ? i.state().name().toLowerCase(Locale.ROOT) : Instance.UNKNOWN;
        return new Instance(i.id(), state, connected && i.running() && Boolean.TRUE.equals(i.ready()), i.address(),
                i.revision(), i.restarts(), i.startedAt(), cluster);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        watches.close();
        applies.close();
        statuses.close();
        local.close();
    }
}
