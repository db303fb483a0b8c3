package io.wharf.engine.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every runtime does, whoever keeps its instances running: it reports the instances it sees
 * and removes one on request. A runtime where the engine starts each instance itself is an
 * {@link InstanceRuntime}; one whose own controllers keep the instances of a deployed app is a
 * {@link DeploymentRuntime}. The engine decides what should run; a runtime only carries it out and
 * reports what it sees. Implementations are found through
 * {@code META-INF/services/io.wharf.engine.runtime.RuntimeProvider} and must be thread-safe.
 */
public interface Runtime extends AutoCloseable {
    /** A short name for logs and events, for example "podman". */
    String name();

    /**
     * Stops an instance, giving it {@code grace} to exit after a polite signal, and removes it.
     * Removing an instance that does not exist is not an error. On a {@link DeploymentRuntime} the
     * cluster's controllers replace a removed instance as long as its app is applied.
     */
    void remove(String instanceId, Duration grace);

    /** The instance with this id, if the runtime has it (running or not). */
    Optional<RuntimeInstance> inspect(String instanceId);

    /** Every instance this runtime manages for Wharf. For start-up and resync, never in a loop. */
    List<RuntimeInstance> list();

    /**
     * Follows the runtime's event stream. The listener is called from a runtime thread, for
     * instances Wharf manages only. Closing the subscription stops the stream.
     */
    AutoCloseable watch(Consumer<RuntimeEvent> listener);

    @Override
    void close();
}
