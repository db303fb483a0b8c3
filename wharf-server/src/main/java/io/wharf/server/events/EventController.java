package io.wharf.server.events;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
    private final EventAnswers answers;

    public EventController(Store store, EventAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    @GetMapping("/events")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventView.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = EventView.class))})
    void systemEvents(@PathVariable String system, @RequestParam(defaultValue = "100") int limit,
                      @RequestParam(required = false) Long after, @RequestParam(defaultValue = "false") boolean follow,
                      HttpServletResponse response) throws IOException {
        EventAnswers.check(limit, after);
        if (store.findSystem(system).isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
        answers.write(new EventRows.Scope(system, null), limit, after, follow, response,
                () -> store.findSystem(system).isEmpty());
    }

    @GetMapping("/apps/{app}/events")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventView.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = EventView.class))})
    void appEvents(@PathVariable String system, @PathVariable String app, @RequestParam(defaultValue = "100") int limit,
                   @RequestParam(required = false) Long after, @RequestParam(defaultValue = "false") boolean follow,
                   HttpServletResponse response) throws IOException {
        EventAnswers.check(limit, after);
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        answers.write(new EventRows.Scope(key.system(), key.app()), limit, after, follow, response,
                () -> store.findApp(key).isEmpty());
    }
}
