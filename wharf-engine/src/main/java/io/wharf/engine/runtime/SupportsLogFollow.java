package io.wharf.engine.runtime;

import java.time.Instant;
import java.util.Optional;

/** A runtime that can follow an instance's log as it is written, each line with its time. */
public interface SupportsLogFollow {
    /**
     * Sends the instance's lines to {@code sink} as they are written: first those recorded at or after
     * {@code since} (to the nanosecond; null: the last {@code tail} lines), then every new one, until
     * the instance ends or the returned handle is closed, which frees the runtime's stream. Empty
     * when the runtime has no such instance.
     */
    Optional<AutoCloseable> follow(String instanceId, Instant since, int tail, LogSink sink);
}
