package io.wharf.engine.endpoints;

import java.time.Duration;

/**
 * What an {@link EndpointListener} that sends requests to endpoints (the gateway) implements as well, so
 * that an instance is stopped only once the requests it serves are answered: the engine calls it on a stop
 * thread, after the instance left its app's endpoints and before stopping it.
 */
@FunctionalInterface
public interface Drain {
    /**
     * Blocks until no request sent through this listener is in flight to {@code host:port}, or until
     * {@code max} has passed; whether none is. On interrupt, returns false with the interrupt status set.
     */
    boolean awaitDrained(String host, int port, Duration max);
}
