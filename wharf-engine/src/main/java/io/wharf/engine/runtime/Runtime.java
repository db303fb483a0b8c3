package io.wharf.engine.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs instances on one kind of infrastructure. The engine decides what should run; a runtime only
 * carries it out and reports what it sees. Implementations are found through
 * {@code META-INF/services/io.wharf.engine.runtime.RuntimeProvider} and must be thread-safe.
 */
public interface Runtime extends AutoCloseable {
    /** A short name for logs and events, for example "podman". */
    String name();

    /**
     * Creates and starts one instance and returns it as observed right after the start, with its
     * address when it publishes a port. Fails with {@link io.wharf.engine.EngineException} saying
     * why (for example a missing image); nothing is left behind then.
     */
    RuntimeInstance start(InstanceSpec spec);

    /**
     * Stops an instance, giving it {@code grace} to exit after a polite signal, and removes it.
     * Removing an instance that does not exist is not an error.
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
