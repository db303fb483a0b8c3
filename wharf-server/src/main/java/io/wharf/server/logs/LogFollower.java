package io.wharf.server.logs;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.server.api.ApiException;
import io.wharf.server.auth.Revocations;
import io.wharf.server.http.ServerStopping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Streams followed logs as chunked plain text, one line per line, until the instance ends (one
 * instance), the client goes away, the client reads too slowly (a bounded queue per stream), the
 * caller's token is revoked or the server stops.
 * Every runtime stream it opened is closed when the answer ends.
 */
@Component
public class LogFollower {
    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    private final Engine engine;
    private final int bufferLines;
    private final ServerStopping server;
    private final Revocations revocations;

    public LogFollower(Engine engine, @Value("${wharf.logs.follow-buffer-lines:10000}") int bufferLines,
                       ServerStopping server, Revocations revocations) {
        if (bufferLines < 1) {
            throw new IllegalArgumentException("wharf.logs.follow-buffer-lines must be at least 1, not " + bufferLines);
        }
        this.engine = engine;
        this.bufferLines = bufferLines;
        this.server = server;
        this.revocations = revocations;
    }

    /** Follows one instance until it ends; 404 when the app has no such instance. */
    public void instance(AppKey app, String instance, FollowRequest request, HttpServletResponse response)
            throws IOException {
        LogStream stream = new LogStream(bufferLines);
        List<AutoCloseable> open = new ArrayList<>();
        try {
            open.add(open(app, instance, request.since(), request.tail(), stream, new CursorFilter(request.cursor()))
                    .orElseThrow(() -> ApiException.notFound("instance " + instance + " of app " + app)));
            pump(new LogPump(request.timestamps(), false), stream, response,
                    () -> stream.ended(instance), () -> { });
        } finally {
            closeAll(open);
        }
    }

    /** Follows every instance of the app, joining those that start later, until the client goes away. */
    public void app(AppKey app, FollowRequest request, HttpServletResponse response) throws IOException {
        LogStream stream = new LogStream(bufferLines);
        List<AutoCloseable> open = new ArrayList<>();
        Set<String> joined = new HashSet<>();
        boolean[] atStart = {true};
        Runnable join = () -> {
            for (Instance i : engine.instances(app)) {
                if (joined.add(i.id())) {
                    // an instance that starts later is read from its first line
                    int tail = atStart[0] ? request.tail() : LogQuery.MAX_TAIL;
                    try {
                        open(app, i.id(), request.since(), tail, stream, new CursorFilter(request.cursor()))
                                .ifPresent(open::add);
                    } catch (ApiException e) {
                        LOG.debug("instance {} of {} cannot be followed: {}", i.id(), app, e.getMessage());
                    }
                }
            }
            atStart[0] = false;
        };
        try {
            join.run();
            pump(new LogPump(request.timestamps(), true), stream, response, () -> false, join);
        } finally {
            closeAll(open);
        }
    }

    private Optional<AutoCloseable> open(AppKey app, String instance, Instant since, int tail,
                                                   LogStream stream, CursorFilter filter) {
        try {
            return engine.follow(app, instance, since, tail, stream.sink(instance, filter));
        } catch (EngineException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Logs unavailable",
                    "the logs of instance " + instance + " cannot be followed now: " + e.getMessage());
        }
    }

    private void pump(LogPump pump, LogStream stream, HttpServletResponse response,
                      BooleanSupplier done, Runnable tick) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try {
            out.flush();
            response.flushBuffer();
            BooleanSupplier revoked = revocations.watch();
            pump.pump(stream, out, done, () -> server.stopping() || revoked.getAsBoolean(), tick);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            LOG.debug("a log reader went away: {}", gone.toString());
        }
    }

    private static void closeAll(List<AutoCloseable> open) {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing a log stream failed", e);
            }
        }
    }
}
