package io.wharf.runtime.kubernetes;

/** The one unchecked exception of the Kubernetes runtime: the cluster refused or could not take a change. */
public class KubernetesRuntimeException extends RuntimeException {
    public KubernetesRuntimeException(String message) {
        super(message);
    }

    public KubernetesRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
