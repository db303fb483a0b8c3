package io.wharf.runtime.podman;

/** Labels this runtime adds besides the engine's {@link io.wharf.engine.runtime.Labels}. */
final class PodmanLabels {
    /**
     * Scopes containers to one Wharf installation (setting {@code installation}), so that two
     * servers on one machine, each with its own home, never see or remove each other's instances.
     */
    static final String INSTALLATION = "wharf.io/installation";

    /** On a network Wharf made for one system; its value is {@code system}. */
    static final String NETWORK = "wharf.io/network";

    private PodmanLabels() {
    }
}
