package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.wharf.engine.placement.SupportsPullFailures;
import io.wharf.engine.runtime.DeploymentRuntime;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.Labels;
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
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DeploymentRuntime} on one Kubernetes cluster: an app is applied as its objects (see
 * {@link AppObjects}) and the cluster's controllers keep its pods, one pod per instance. What runs
 * is known only from one pod informer over every namespace, for pods labelled with an app; a
 * failed watch is retried for as long as the runtime is open, and meanwhile {@link #list()} and
 * {@link #inspect(String)} answer from the informer's last view. Thread-safe.
 *
 * <p>The client belongs to whoever created it: {@link #close()} stops the informer and closes the
 * client only when the runtime was made {@link #owning} it, as the provider does.
 */
public final class KubernetesRuntime implements DeploymentRuntime, SupportsLogs, SupportsLogFollow, SupportsExec,
        SupportsPullFailures, SupportsTerminal {
    private static final Logger LOG = LoggerFactory.getLogger(KubernetesRuntime.class);
    private static final String BY_NAME = "name";
    /** How long list, inspect and remove wait for the informer's first view of the cluster. */
    private static final Duration FIRST_SYNC = Duration.ofSeconds(2);
    private final String name;
    private final KubernetesClient client;
    private final boolean ownsClient;
    private final AppObjects objects;
    private final ObjectApplier applier;
    private final PodEvents events = new PodEvents();
    private final SharedIndexInformer<Pod> informer;
    private final CompletionStage<Void> started;
    private volatile boolean gaveUpWaiting;
    private final ApiPing ping;
    private final WatchMonitor monitor;

    /** A runtime on a client the caller keeps and closes. */
    public KubernetesRuntime(String name, KubernetesClient client, KubernetesSettings settings, SecretValues secrets) {
        this(name, client, settings, secrets, false);
    }

    private KubernetesRuntime(String name, KubernetesClient client, KubernetesSettings settings, SecretValues secrets,
                              boolean ownsClient) {
        this.name = name;
        this.client = client;
        this.ownsClient = ownsClient;
        this.objects = new AppObjects(settings, secrets);
        this.applier = new ObjectApplier(client);
        this.informer = client.pods().inAnyNamespace().withLabel(Labels.APP).runnableInformer(0);
        informer.addIndexers(Map.of(BY_NAME, pod -> List.of(pod.getMetadata().getName())));
        informer.addEventHandler(events);
        informer.exceptionHandler((isStarted, t) -> {
            LOG.debug("cluster {}: the pod informer failed; it retries", name, t);
            return true;
        });
        this.started = informer.start();
        this.ping = new ApiPing(name, client, Duration.ofSeconds(1));
        this.monitor = new WatchMonitor(name, this::connected, events::resync, Duration.ofMillis(250));
    }

    /** A runtime that closes {@code client} when it is closed. */
    static KubernetesRuntime owning(String name, KubernetesClient client, KubernetesSettings settings,
                                    SecretValues secrets) {
        return new KubernetesRuntime(name, client, settings, secrets, true);
    }

    @Override
    public String name() {
        return name;
    }

    /** ConfigMaps and Secrets that the app's pods still mount stay until those pods are gone. */
    @Override
    public void apply(App app) {
        applier.apply(app.key(), objects.of(app), MountedObjects.of(podsOf(app.key())));
    }

    private List<Pod> podsOf(AppKey app) {
        return informer.getStore().list().stream()
                .filter(pod -> PodInstances.trusted(pod)
                        && app.system().equals(pod.getMetadata().getLabels().get(Labels.SYSTEM))
                        && app.app().equals(pod.getMetadata().getLabels().get(Labels.APP)))
                .toList();
    }

    @Override
    public void delete(AppKey app) {
        applier.delete(app);
    }

    /** The informer watches and the API server answers its version (see {@link ApiPing}). */
    @Override
    public boolean connected() {
        return informer.isWatching() && ping.answering();
    }

    @Override
    public void remove(String instanceId, Duration grace) {
        Optional<Pod> pod = pod(instanceId);
        if (pod.isEmpty()) {
            return;
        }
        String namespace = pod.get().getMetadata().getNamespace();
        try {
            client.pods().inNamespace(namespace).withName(instanceId).withGracePeriod(grace.toSeconds()).delete();
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cluster " + name + ": cannot delete pod " + instanceId
                    + " in namespace " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** The log of the instance's pod, found in the informer's view; the cluster must be reachable. */
    @Override
    public Optional<List<String>> logs(String instanceId, LogQuery query) {
        return pod(instanceId).flatMap(pod -> PodLogs.read(client, name, pod, query));
    }

    @Override
    public Optional<AutoCloseable> follow(String instanceId, Instant since, int tail, LogSink sink) {
        return pod(instanceId).map(pod -> {
            try {
                return PodLogFollow.open(client, name, pod, since, tail, sink);
            } catch (KubernetesClientException e) {
                throw new KubernetesRuntimeException("cluster " + name + ": cannot follow the log of pod "
                        + pod.getMetadata().getName() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Runs the command in the app container of the instance's pod, found in the informer's view. */
    @Override
    public Optional<ExecResult> exec(String instanceId, List<String> command, Duration timeout) {
        return pod(instanceId).flatMap(pod -> PodExec.run(client, name, pod, command, timeout));
    }

    /** Opens the command in the app container of the instance's pod, found in the informer's view. */
    @Override
    public Optional<TerminalSession> terminal(String instanceId, TerminalRequest request, TerminalListener listener) {
        return pod(instanceId).flatMap(pod -> PodTerminal.open(client, name, pod, request, listener));
    }

    /** The kubelet's reason and message while the instance's pod waits on an image it cannot pull. */
    @Override
    public Optional<String> pullFailure(String instanceId) {
        return pod(instanceId).flatMap(PodInstances::pullFailure);
    }

    @Override
    public Optional<RuntimeInstance> inspect(String instanceId) {
        return pod(instanceId).flatMap(PodInstances::of);
    }

    @Override
    public List<RuntimeInstance> list() {
        if (!awaitFirstSync()) {
            return List.of();
        }
        return informer.getStore().list().stream().flatMap(pod -> PodInstances.of(pod).stream()).toList();
    }

    @Override
    public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
        return events.subscribe(listener);
    }

    @Override
    public void close() {
        monitor.close();
        ping.close();
        informer.close();
        if (ownsClient) {
            client.close();
        }
    }

    private Optional<Pod> pod(String instanceId) {
        if (!awaitFirstSync()) {
            return Optional.empty();
        }
        return informer.getIndexer().byIndex(BY_NAME, instanceId).stream().filter(PodInstances::trusted).findFirst();
    }

    /**
     * Waits a moment, once, for the informer's first view of the cluster. A cluster not reached yet has
     * no instances to show: callers get none rather than wait on it.
     */
    private boolean awaitFirstSync() {
        if (informer.hasSynced()) {
            return true;
        }
        if (gaveUpWaiting) {
            return false;
        }
        try {
            started.toCompletableFuture().get(FIRST_SYNC.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("cluster {}: no view of its pods yet", name, e);
            gaveUpWaiting = true;
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
