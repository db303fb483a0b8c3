package io.wharf.server.http;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Says when the server has begun to stop, before the web server waits for its requests to end: endless
 * answers (followed events and logs) end then, so that a browser left open on the console does not hold
 * a shutdown for the whole graceful period. Their clients reconnect with their cursors.
 */
@Component
public class ServerStopping implements SmartLifecycle {
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public boolean stopping() {
        return stopping.get();
    }

    @Override
    public void start() {
        running.set(true);
    }

    @Override
    public void stop() {
        stopping.set(true);
        running.set(false);
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** The highest phase stops first, before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
