package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.RuntimeProvider;
import io.wharf.engine.runtime.SecretValues;
import java.util.Map;

/**
 * The {@code kubernetes} runtime, one per cluster. Settings: {@code name} (the cluster's name in
 * logs and events; default "kubernetes"), {@code kubeconfig} (the kubeconfig's YAML text, not a
 * path; required) and {@code domain} (apps get {@code <app>.<system>.<domain>}; default
 * {@value KubernetesSettings#DEFAULT_DOMAIN}). The runtime owns the client it is given and closes it.
 */
public final class KubernetesRuntimeProvider implements RuntimeProvider {
    static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    static final int REQUEST_TIMEOUT_MILLIS = 10_000;

    @Override
    public String kind() {
        return "kubernetes";
    }

    /** A runtime for apps without secrets: applying an app that mounts one fails. */
    @Override
    public KubernetesRuntime create(Map<String, String> settings) {
        return create(settings, SecretValues.NONE);
    }

    /** @param secrets where the clear values of apps' secrets are read when their Secrets are applied */
    public KubernetesRuntime create(Map<String, String> settings, SecretValues secrets) {
        return create(settings, secrets, SchedulingClasses.defaults());
    }

    /** @param classes the cluster's scheduling class of each app type */
    public KubernetesRuntime create(Map<String, String> settings, SecretValues secrets, SchedulingClasses classes) {
        String name = settings.getOrDefault("name", "kubernetes");
        String kubeconfig = settings.get("kubeconfig");
        if (kubeconfig == null || kubeconfig.isBlank()) {
            throw new EngineException("cluster " + name + ": the setting kubeconfig (the kubeconfig's YAML text) is required");
        }
        String domain = settings.get("domain");
        KubernetesSettings clusterSettings = new KubernetesSettings(
                domain == null || domain.isBlank() ? KubernetesSettings.DEFAULT_DOMAIN : domain, null, classes);
        return KubernetesRuntime.owning(name, client(name, kubeconfig), clusterSettings, secrets);
    }

    /**
     * A client of the cluster with the runtime's timeouts, for other controllers of the same cluster.
     * @throws EngineException when the kubeconfig cannot be read
     */
    public static KubernetesClient client(String name, String kubeconfig) {
        try {
            Config config = Config.fromKubeconfig(kubeconfig);
            // the engine retries a cluster that fails on its own schedule; a worker must not block long
            config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
            config.setRequestTimeout(REQUEST_TIMEOUT_MILLIS);
            config.setRequestRetryBackoffLimit(0);
            return new KubernetesClientBuilder().withConfig(config).build();
        } catch (RuntimeException e) {
            throw new EngineException("cluster " + name + ": the kubeconfig cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
