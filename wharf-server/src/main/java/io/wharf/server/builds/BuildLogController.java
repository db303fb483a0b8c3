package io.wharf.server.builds;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.build.LogTail;
import io.wharf.model.AppKey;
import io.wharf.server.api.Permits;
import io.wharf.server.auth.Revocations;
import io.wharf.server.http.ServerStopping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A build's log as plain text. With {@code follow=true} the answer is chunked and each line is sent
 * as it is written, until the build ends; it counts as one of the log reads the server allows at once.
 * A followed log is cut off when the caller's token is revoked or expires, or the server stops.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/builds/{build}/logs")
public class BuildLogController {
    private static final LogTail TAIL = new LogTail(Duration.ofMillis(25));
    private final BuildService builds;
    private final BuildLogs logs;
    private final Permits permits;
    private final Revocations revocations;
    private final ServerStopping server;

    public BuildLogController(BuildService builds, BuildLogs logs, @Qualifier("logPermits") Permits permits,
                              Revocations revocations, ServerStopping server) {
        this.builds = builds;
        this.logs = logs;
        this.permits = permits;
        this.revocations = revocations;
        this.server = server;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    void logs(@PathVariable String system, @PathVariable String app, @PathVariable String build,
              @RequestParam(defaultValue = "false") boolean follow, HttpServletResponse response) throws IOException {
        String id = builds.get(new AppKey(system, app), build).id();
        try (Permits.Permit reading = permits.acquireForCaller()) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            OutputStream out = response.getOutputStream();
            BooleanSupplier revoked = revocations.watch();
            BooleanSupplier cut = follow ? () -> server.stopping() || revoked.getAsBoolean() : () -> false;
            TAIL.follow(logs.file(id), out, () -> !follow || !builds.active(id), cut);
        }
    }
}
