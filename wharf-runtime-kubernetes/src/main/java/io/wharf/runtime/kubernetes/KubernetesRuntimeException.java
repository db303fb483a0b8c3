package io.wharf.runtime.kubernetes;

import io.wharf.engine.EngineException;

/**
 * The one unchecked exception of the Kubernetes runtime: the cluster refused or could not take a
 * change, or cannot be seen. An {@link EngineException}, so the engine reports it like any runtime's.
 */
public class KubernetesRuntimeException extends EngineException {
    public KubernetesRuntimeException(String message) {
        super(message);
    }

    public KubernetesRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
