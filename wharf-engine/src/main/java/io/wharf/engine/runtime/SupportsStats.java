package io.wharf.engine.runtime;

import java.util.Optional;

/**
 * A runtime that can tell how much an instance uses: a one-shot reading of its counters, cheap enough
 * to take for every running instance every few seconds.
 */
public interface SupportsStats {
    /**
     * The instance's usage now; empty when the runtime has no such running instance. Fails with
     * {@link io.wharf.engine.EngineException} when the runtime could not be asked.
     */
    Optional<InstanceStats> stats(String instanceId);
}
