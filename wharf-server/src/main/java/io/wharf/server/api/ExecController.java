package io.wharf.server.api;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs one command in an instance, from whichever runtime runs it, and answers with its exit code and
 * output. The command and its output may hold secrets: they are never logged, only the app, the
 * instance, the number of arguments and the exit code.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/instances/{instance}/exec")
public class ExecController {
    private static final Logger LOG = LoggerFactory.getLogger(ExecController.class);
    private final Engine engine;
    private final Store store;
    private final Permits permits;

    public ExecController(Engine engine, Store store, @Qualifier("execPermits") Permits permits) {
        this.engine = engine;
        this.store = store;
        this.permits = permits;
    }

    @PostMapping
    ExecResult exec(@PathVariable String system, @PathVariable String app, @PathVariable String instance,
                    @RequestBody ExecRequest request) {
        request.validate();
        List<String> command = List.copyOf(request.command());
        Duration timeout = request.timeout();
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        ExecResult result;
        try (Permits.Permit running = permits.acquire()) {
            result = engine.exec(key, instance, command, timeout)
                    .orElseThrow(() -> ApiException.notFound("instance " + instance + " of app " + key));
        } catch (ExecTimeoutException e) {
            LOG.info("exec in {} instance {}: {} arguments, timed out after {}s", key, instance, command.size(),
                    timeout.toSeconds());
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, "Command timed out", e.getMessage()
                    + "; Wharf stopped waiting for it (it may still be running); give a longer timeoutSeconds, at most "
                    + ExecRequest.MAX_TIMEOUT_SECONDS);
        } catch (EngineException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Exec unavailable",
                    "a command cannot be run in instance " + instance + " now: " + e.getMessage());
        }
        LOG.info("exec in {} instance {}: {} arguments, exit code {}", key, instance, command.size(), result.exitCode());
        return result;
    }
}
