package io.wharf.server.events;

import io.wharf.model.ValidationException;
import io.wharf.server.api.Permits;
import io.wharf.server.auth.Revocations;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of every events call: the newest {@code limit} events, newest first; with {@code after} those
 * after that cursor, oldest first; with {@code follow} a stream of the events after the cursor (or after
 * the newest one) as they are recorded, one of the log reads the server allows at once, until the caller's
 * token is revoked.
 */
@Component
public class EventAnswers {
    private final EventRows rows;
    private final EventFollower follower;
    private final Permits permits;
    private final JsonMapper json;
    private final Revocations revocations;

    public EventAnswers(EventRows rows, EventFollower follower, @Qualifier("logPermits") Permits permits,
                        JsonMapper json, Revocations revocations) {
        this.rows = rows;
        this.follower = follower;
        this.permits = permits;
        this.json = json;
        this.revocations = revocations;
    }

    /** Refuses a bad limit or cursor with a 422 that names it. */
    static void check(int limit, Long after) {
        if (limit < 1 || limit > 1000) {
            throw ValidationException.of("limit", "must be between 1 and 1000");
        }
        if (after != null && after < 0) {
            throw ValidationException.of("after", "must be an event id (0 or more)");
        }
    }

    /** @param gone says when a followed scope no longer exists, which ends the stream */
    void write(EventRows.Scope scope, int limit, Long after, boolean follow, HttpServletResponse response,
               BooleanSupplier gone) throws IOException {
        if (follow) {
            try (Permits.Permit reading = permits.acquireForCaller()) {
                follower.follow(scope, after == null ? rows.newestId(scope) : after, gone, revocations.watch(), response);
            }
            return;
        }
        List<EventView> events = after == null ? rows.newest(scope, limit) : rows.after(scope, after, limit);
        response.setContentType("application/json");
        response.getOutputStream().write(json.writeValueAsBytes(events));
    }
}
