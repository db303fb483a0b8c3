package io.wharf.server.releases;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.RolloutCommand;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rollout of an app's current release: where it stands, and pause, resume, promote, abort. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/rollout")
public class RolloutController {
    private final Engine engine;
    private final Store store;

    public RolloutController(Engine engine, Store store) {
        this.engine = engine;
        this.store = store;
    }

    @GetMapping
    RolloutResponse get(@PathVariable String system, @PathVariable String app) {
        AppKey key = require(system, app);
        return engine.rollout(key).map(RolloutResponse::of)
                .orElseThrow(() -> ApiException.notFound("a rollout of app " + key + " (it starts in a moment)"));
    }

    @PostMapping("/{command:pause|resume|promote|abort}")
    RolloutResponse command(@PathVariable String system, @PathVariable String app, @PathVariable String command) {
        AppKey key = require(system, app);
        try {
            return RolloutResponse.of(engine.command(key, RolloutCommand.valueOf(command.toUpperCase(Locale.ROOT)),
                    ReleaseService.AUTHOR));
        } catch (EngineException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    private AppKey require(String system, String app) {
        return AppLookup.require(store, new AppKey(system, app)).key();
    }
}
