package io.wharf.server.events;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.ValidationException;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.api.Permits;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happened to a system's apps, or to one app: the newest events, newest first; with
 * {@code after=<id>} those after that cursor, oldest first; with {@code follow=true} a stream of
 * the events after the cursor (or after the newest one) as they are recorded, one of the log reads
 * the server allows at once.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}")
public class EventController {
    private final Store store;
    private final EventRows rows;
    private final EventFollower follower;
    private final Permits permits;
    private final JsonMapper json;

    public EventController(Store store, EventRows rows, EventFollower follower, @Qualifier("logPermits") Permits permits,
                           JsonMapper json) {
        this.store = store;
        this.rows = rows;
        this.follower = follower;
        this.permits = permits;
        this.json = json;
    }

    @GetMapping("/events")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventView.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = EventView.class))})
    void systemEvents(@PathVariable String system, @RequestParam(defaultValue = "100") int limit,
                      @RequestParam(required = false) Long after, @RequestParam(defaultValue = "false") boolean follow,
                      HttpServletResponse response) throws IOException {
        check(limit, after);
        if (store.findSystem(system).isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
        answer(new EventRows.Scope(system, null), limit, after, follow, response,
                () -> store.findSystem(system).isEmpty());
    }

    @GetMapping("/apps/{app}/events")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventView.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = EventView.class))})
    void appEvents(@PathVariable String system, @PathVariable String app, @RequestParam(defaultValue = "100") int limit,
                   @RequestParam(required = false) Long after, @RequestParam(defaultValue = "false") boolean follow,
                   HttpServletResponse response) throws IOException {
        check(limit, after);
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        answer(new EventRows.Scope(key.system(), key.app()), limit, after, follow, response,
                () -> store.findApp(key).isEmpty());
    }

    private void answer(EventRows.Scope scope, int limit, Long after, boolean follow, HttpServletResponse response,
                        BooleanSupplier gone) throws IOException {
        if (follow) {
            try (Permits.Permit reading = permits.acquire()) {
                follower.follow(scope, after == null ? rows.newestId(scope) : after, gone, response);
            }
            return;
        }
        List<EventView> events = after == null ? rows.newest(scope, limit) : rows.after(scope, after, limit);
        response.setContentType("application/json");
        response.getOutputStream().write(json.writeValueAsBytes(events));
    }

    static void check(int limit, Long after) {
        if (limit < 1 || limit > 1000) {
            throw ValidationException.of("limit", "must be between 1 and 1000");
        }
        if (after != null && after < 0) {
            throw ValidationException.of("after", "must be an event id (0 or more)");
        }
    }
}
