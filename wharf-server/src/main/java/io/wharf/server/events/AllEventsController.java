package io.wharf.server.events;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.server.auth.Caller;
import io.wharf.server.auth.Callers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events of every system the caller may see, as {@code /systems/{system}/events} gives one system's:
 * what the console's overview follows, one stream for the whole page. A system the caller gains or loses
 * a role in while following is shown or hidden from then on.
 */
@RestController
public class AllEventsController {
    private final EventAnswers answers;

    public AllEventsController(EventAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/v1/events")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventView.class))),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = EventView.class))})
    void events(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) Long after,
                @RequestParam(defaultValue = "false") boolean follow, HttpServletResponse response) throws IOException {
        EventAnswers.check(limit, after);
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no caller"));
        EventRows.Scope scope = caller.admin() ? EventRows.Scope.EVERY_SYSTEM : EventRows.Scope.systemsOf(caller.user());
        answers.write(scope, limit, after, follow, response, () -> false);
    }
}
