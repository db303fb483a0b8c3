package io.wharf.server.http;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Says when the server has begun to stop: the context's close is announced before any lifecycle stops,
 * so before the web server waits for its requests to end. Endless answers (followed events and logs)
 * end then, so that a browser left open on the console does not hold a shutdown for the whole graceful
 * period; their clients reconnect with their cursors. A paused test context is not closed, and keeps
 * its streams.
 */
@Component
public class ServerStopping implements ApplicationListener<ContextClosedEvent> {
    private volatile boolean stopping;

    public boolean stopping() {
        return stopping;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
    }
}
