package io.wharf.server.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import io.wharf.server.logs.FollowRequest;
import io.wharf.server.logs.LogFollower;
import io.wharf.server.logs.LogRequestParams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an instance printed: its last lines as plain text, one per line, from whichever runtime runs
 * it. An instance of another app is not found; a runtime that cannot read the logs now is a 503.
 * With {@code follow=true} every line as it is written, chunked, until the instance ends or the
 * client goes away; with {@code timestamps=true} each line starts with its RFC 3339 time, and a
 * client that reconnects with {@code cursor=<time of its last line>/<lines it read at that time>}
 * gets every later line once.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/instances/{instance}/logs")
public class LogController {
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private final Engine engine;
    private final Store store;
    private final Permits permits;
    private final LogFollower follower;
    private final Clock clock;

    public LogController(Engine engine, Store store, @Qualifier("logPermits") Permits permits, LogFollower follower,
                         Clock clock) {
        this.engine = engine;
        this.store = store;
        this.permits = permits;
        this.follower = follower;
        this.clock = clock;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    ResponseEntity<String> logs(@PathVariable String system, @PathVariable String app, @PathVariable String instance,
                                @RequestParam(required = false) String tail,
                                @RequestParam(required = false) String since,
                                @RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "false") boolean follow,
                                @RequestParam(defaultValue = "false") boolean timestamps,
                                HttpServletResponse response) throws IOException {
        LogQuery query = LogRequestParams.query(tail, since);
        FollowRequest request = FollowRequest.of(query, since, cursor, timestamps, clock.instant());
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        List<String> lines;
        try (Permits.Permit reading = permits.acquireForCaller()) {
            if (follow) {
                follower.instance(key, instance, request, response);
                return null;
            }
            if (request.cursor() != null && since == null || since != null && since.contains("T")) {
                throw new ValidationException(List.of(new FieldError(cursor != null ? "cursor" : "since",
                        "a time or cursor needs follow=true; without it give since in whole seconds")));
            }
            lines = engine.logs(key, instance, query)
                    .orElseThrow(() -> ApiException.notFound("instance " + instance + " of app " + key));
        } catch (EngineException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Logs unavailable",
                    "the logs of instance " + instance + " cannot be read now: " + e.getMessage());
        }
        return ResponseEntity.ok().contentType(TEXT).body(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }
}
