package io.wharf.server.hooks;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.AppLookup;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks from GitHub, GitLab, Gitea and Forgejo (public: a delivery proves itself by the app's
 * webhook secret; JSON content type), and the record of every delivery.
 */
@RestController
public class HookController {
    private final HookService hooks;
    private final DeliveryRows rows;
    private final Store store;

    public HookController(HookService hooks, DeliveryRows rows, Store store) {
        this.hooks = hooks;
        this.rows = rows;
        this.store = store;
    }

    @PostMapping("/api/v1/hooks/{system}/{app}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Recorded: a build was queued, or the reason nothing was done")
    Delivery deliver(@PathVariable String system, @PathVariable String app, HttpServletRequest request,
                     @RequestBody byte[] body) {
        return hooks.deliver(new AppKey(system, app), request, body);
    }

    @GetMapping("/api/v1/systems/{system}/apps/{app}/hooks/deliveries")
    List<Delivery> deliveries(@PathVariable String system, @PathVariable String app) {
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        return rows.list(key, 100);
    }
}
