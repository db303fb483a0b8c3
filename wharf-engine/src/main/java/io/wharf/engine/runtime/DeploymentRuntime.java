package io.wharf.engine.runtime;

import io.wharf.model.App;
import io.wharf.model.AppKey;

/**
 * A runtime whose own controllers keep an app's instances running once the app is applied, for
 * example a Kubernetes cluster: the engine hands over the whole app, and follows its instances
 * through {@link #list()}, {@link #inspect(String)} and {@link #watch}. Failures are thrown as
 * {@link io.wharf.engine.EngineException}s that name the app or object concerned.
 */
public interface DeploymentRuntime extends Runtime {
    /**
     * Makes the runtime run this app with exactly {@code app.replicas()} instances of its current
     * template. Idempotent: applying the same app again writes nothing.
     */
    void apply(App app);

    /** Deletes every object of the app, and with them its instances; the system's own objects stay. */
    void delete(AppKey app);

    /**
     * Whether the runtime's view of its instances is live. While it is not (the cluster is
     * unreachable), {@link #list()} and {@link #inspect(String)} answer with the last instances seen.
     */
    boolean connected();
}
