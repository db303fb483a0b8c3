package io.wharf.server.events;

import io.wharf.server.http.ServerStopping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams events as they are recorded, one JSON object per line ({@code application/x-ndjson}), oldest
 * first, each after the cursor the last one carried; an empty line after {@code keepAlive} without
 * events. Ends when the client goes away, {@code gone} says the scope no longer exists or the server stops.
 */
@Component
public class EventFollower {
    private static final int BATCH = 500;
    private final EventRows rows;
    private final EventProperties properties;
    private final JsonMapper json;
    private final ServerStopping server;

    public EventFollower(EventRows rows, EventProperties properties, JsonMapper json, ServerStopping server) {
        this.rows = rows;
        this.properties = properties;
        this.json = json;
        this.server = server;
    }

    /** @param cut checked on every turn (so it must be cheap): ends the stream when it says so */
    void follow(EventRows.Scope scope, long after, BooleanSupplier gone, BooleanSupplier cut,
                HttpServletResponse response) throws IOException {
        response.setContentType("application/x-ndjson");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        out.flush();
        long cursor = after;
        long quietSince = System.nanoTime();
        while (!server.stopping() && !cut.getAsBoolean()) {
            List<EventView> batch = rows.after(scope, cursor, BATCH);
            for (EventView event : batch) {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
                cursor = event.id();
            }
            if (!batch.isEmpty()) {
                out.flush();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= properties.keepAlive().toNanos()) {
                if (gone.getAsBoolean()) {
                    return;
                }
                out.write("\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                quietSince = System.nanoTime();
            }
            if (batch.size() < BATCH) {
                pause();
            }
        }
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(properties.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped following events");
        }
    }
}
