package io.wharf.server.logs;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.server.api.AppLookup;
import io.wharf.server.api.Permits;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every instance of an app printed, each line prefixed with {@code [instance] }: the last lines
 * of each, or with {@code follow=true} every line as it is written (instances that start later
 * joined), streamed as chunked text until the client goes away. One of the log reads allowed at once.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/logs")
public class AppLogController {
    private final Engine engine;
    private final Store store;
    private final Permits permits;
    private final LogFollower follower;
    private final Clock clock;

    public AppLogController(Engine engine, Store store, @Qualifier("logPermits") Permits permits, LogFollower follower,
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
    void logs(@PathVariable String system, @PathVariable String app,
              @RequestParam(required = false) String tail, @RequestParam(required = false) String since,
              @RequestParam(required = false) String cursor,
              @RequestParam(defaultValue = "false") boolean follow,
              @RequestParam(defaultValue = "false") boolean timestamps, HttpServletResponse response) throws IOException {
        LogQuery query = LogRequestParams.query(tail, since);
        FollowRequest request = FollowRequest.of(query, since, cursor, timestamps, clock.instant());
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        try (Permits.Permit reading = permits.acquireForCaller()) {
            if (follow) {
                follower.app(key, request, response);
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Instance i : engine.instances(key)) {
                try {
                    engine.logs(key, i.id(), query).orElse(java.util.List.of())
                            .forEach(line -> text.append('[').append(i.id()).append("] ").append(line).append('\n'));
                } catch (EngineException e) {
                    text.append('[').append(i.id()).append("] wharf: logs unavailable: ").append(e.getMessage()).append('\n');
                }
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
