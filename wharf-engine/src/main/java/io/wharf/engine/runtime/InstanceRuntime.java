package io.wharf.engine.runtime;

/**
 * A runtime on which the engine starts each instance itself and replaces the ones that die, for
 * example Podman on one machine.
 */
public interface InstanceRuntime extends Runtime {
    /**
     * Creates and starts one instance and returns it as observed right after the start, with its
     * address when it publishes a port. Fails with {@link io.wharf.engine.EngineException} saying
     * why (for example a missing image); nothing is left behind then.
     */
    RuntimeInstance start(InstanceSpec spec);
}
