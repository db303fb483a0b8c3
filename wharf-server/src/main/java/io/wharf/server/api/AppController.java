package io.wharf.server.api;

import io.wharf.engine.store.Store;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.model.ValidationException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Apps of a system: create, read, change, scale, delete; their instances and events. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps")
public class AppController {
    private final AppService apps;
    private final Store store;

    public AppController(AppService apps, Store store) {
        this.apps = apps;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AppResponse> create(@PathVariable String system, @RequestBody AppRequest request) {
        AppResponse app = apps.create(system, request);
        return ResponseEntity.created(URI.create("/api/v1/systems/" + system + "/apps/" + app.name())).body(app);
    }

    @GetMapping
    List<AppResponse> list(@PathVariable String system) {
        return apps.list(system);
    }

    @GetMapping("/{app}")
    AppResponse get(@PathVariable String system, @PathVariable String app) {
        return apps.get(new AppKey(system, app));
    }

    @PatchMapping("/{app}")
    AppResponse patch(@PathVariable String system, @PathVariable String app, @RequestBody AppRequest request) {
        return apps.patch(new AppKey(system, app), request);
    }

    @PutMapping("/{app}/replicas")
    AppResponse scale(@PathVariable String system, @PathVariable String app, @RequestBody ReplicasRequest request) {
        return apps.scale(new AppKey(system, app), request.replicas());
    }

    @DeleteMapping("/{app}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String system, @PathVariable String app) {
        apps.delete(new AppKey(system, app));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{app}/instances")
    List<Instance> instances(@PathVariable String system, @PathVariable String app) {
        return apps.instances(new AppKey(system, app));
    }

    @GetMapping("/{app}/events")
    List<AppEvent> events(@PathVariable String system, @PathVariable String app,
                          @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ValidationException.of("limit", "must be between 1 and 1000");
        }
        AppKey key = new AppKey(system, app);
        apps.require(key);
        return store.listEvents(key, limit);
    }
}
