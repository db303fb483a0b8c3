package io.wharf.engine.runtime;

import java.util.List;
import java.util.Optional;

/** A runtime that keeps what its instances print (standard output and error) and can read it back. */
public interface SupportsLogs {
    /**
     * The instance's log lines that match {@code query}, oldest first, without line ends; output and
     * error interleaved as the runtime recorded them. Empty when the runtime has no such instance.
     * Fails with {@link io.wharf.engine.EngineException} saying why when the instance is there but
     * its logs cannot be read.
     */
    Optional<List<String>> logs(String instanceId, LogQuery query);
}
