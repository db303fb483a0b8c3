package io.wharf.server.api;

import io.wharf.model.AppKey;
import io.wharf.model.Instance;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Apps of a system: create, read, change, scale, delete; their instances and events. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps")
public class AppController {
    private final AppService apps;

    public AppController(AppService apps) {
        this.apps = apps;
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
}
