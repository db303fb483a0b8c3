package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.wharf.runtime.kubernetes.KubernetesRuntimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs builds as pods on one cluster: creates the build's Secrets and pod in the system's
 * namespace, follows the pod through the API (a watch, never a polling loop), streams each
 * container's log line by line in order as it is written, and deletes the pod and its Secrets when
 * it is over. The digest is the push container's termination message. Thread-safe; {@link #cancel}
 * may come from any thread while {@link #run} blocks.
 */
public final class KubernetesBuildRunner {
    private static final Logger LOG = LoggerFactory.getLogger(KubernetesBuildRunner.class);
    /** How long past its own deadline a build pod may take to be reported ended. */
    private static final Duration GRACE = Duration.ofMinutes(1);
    private static final int WATCH_ATTEMPTS = 5;
    private final KubernetesClient client;
    private final BuildPodRenderer renderer;
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    public KubernetesBuildRunner(KubernetesClient client, BuildPodSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.renderer = new BuildPodRenderer(settings);
    }

    /** Runs the build to its end; lines of the clone, build and push logs go to {@code log} as they come. */
    public BuildPodResult run(BuildPodSpec spec, BuildCredentials credentials, Consumer<String> log) {
        List<Secret> secrets = BuildSecrets.of(spec, credentials);
        Pod pod = renderer.render(spec);
        PodResource resource = client.pods().inNamespace(spec.system()).withName(spec.podName());
        long deadline = System.nanoTime() + spec.timeout().plus(GRACE).toNanos();
        try {
            secrets.forEach(secret -> create(secret, spec));
            create(pod, spec);
            for (String container : BuildPodStates.CONTAINERS) {
                Pod now = await(resource, p -> p == null || BuildPodStates.ended(p) || BuildPodStates.started(p, container), deadline);
                if (now == null || !BuildPodStates.started(now, container)) {
                    break;
                }
                stream(resource, container, log);
            }
            Pod end = await(resource, p -> p == null || BuildPodStates.ended(p), deadline);
            if (end == null) {
                return cancelled.contains(key(spec)) ? BuildPodResult.cancelled("the build was cancelled")
                        : BuildPodResult.failed("the build pod was deleted by someone else");
            }
            return BuildPodStates.result(end, spec.timeout().toSeconds());
        } catch (KubernetesClientTimeoutException e) {
            return BuildPodResult.failed("the cluster did not report the build pod ended within "
                    + spec.timeout().plus(GRACE).toSeconds() + " s");
        } finally {
            cancelled.remove(key(spec));
            delete(spec, pod, secrets);
        }
    }

    /** Stops the build: its pod is deleted at once, and {@link #run} returns it cancelled. */
    public void cancel(String system, String buildId) {
        cancelled.add(system + "/" + buildId);
        try {
            client.pods().inNamespace(system).withName("wharf-build-" + buildId).withGracePeriod(0).delete();
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cannot delete the pod of build " + buildId + " in namespace "
                    + system + ": " + e.getMessage(), e);
        }
    }

    /**
     * Watches the pod until the condition holds. A watch that cannot start (its connection dropped,
     * as a closed log stream may leave a pooled one) is started again, a few times.
     */
    private static Pod await(PodResource resource, Predicate<Pod> condition, long deadline) {
        for (int attempt = 1; ; attempt++) {
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                return resource.waitUntilCondition(condition, left, TimeUnit.NANOSECONDS);
            } catch (KubernetesClientTimeoutException e) {
                throw e;
            } catch (RuntimeException e) { // vert.x reports a dropped connection unchecked, as HttpClosedException
                if (attempt == WATCH_ATTEMPTS) {
                    throw new KubernetesRuntimeException("cannot watch the build pod: " + e, e);
                }
                LOG.debug("the watch of a build pod failed; it starts again", e);
            }
        }
    }

    private void stream(PodResource resource, String container, Consumer<String> log) {
        try (LogWatch watch = resource.inContainer(container).watchLog();
             BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.accept(line);
            }
        } catch (IOException | RuntimeException e) { // vert.x reports a dropped stream unchecked, as HttpClosedException
            LOG.debug("the log of build container {} broke off", container, e);
            log.accept("(the log of the " + container + " step broke off: " + e.getMessage() + ")");
        }
    }

    private void create(HasMetadata object, BuildPodSpec spec) {
        try {
            client.resource(object).create();
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cannot create " + object.getKind() + " " + object.getMetadata().getName()
                    + " for build " + spec.buildId() + " in namespace " + spec.system() + ": " + e.getMessage(), e);
        }
    }

    /** Tried twice: a pooled connection that a log stream left closing may fail the first request. */
    private void delete(BuildPodSpec spec, Pod pod, List<Secret> secrets) {
        List<HasMetadata> objects = new java.util.ArrayList<>(List.of(pod));
        objects.addAll(secrets);
        for (HasMetadata object : objects) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    client.resource(object).withGracePeriod(0).delete();
                    break;
                } catch (RuntimeException e) { // vert.x reports a closed connection unchecked
                    if (attempt == 2) {
                        LOG.warn("build {}: cannot delete {} {} in namespace {}: {}", spec.buildId(), object.getKind(),
                                object.getMetadata().getName(), spec.system(), e.toString());
                    }
                }
            }
        }
    }

    private static String key(BuildPodSpec spec) {
        return spec.system() + "/" + spec.buildId();
    }
}
