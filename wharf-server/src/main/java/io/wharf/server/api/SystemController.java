package io.wharf.server.api;

import io.wharf.engine.Engine;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.SystemSpec;
import io.wharf.server.auth.Caller;
import io.wharf.server.auth.Callers;
import io.wharf.server.auth.SystemAccess;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Systems: one team's set of apps. */
@RestController
@RequestMapping("/api/v1/systems")
public class SystemController {
    private final Store store;
    private final Engine engine;
    private final Clock clock;
    private final SystemAccess access;

    public SystemController(Store store, Engine engine, Clock clock, SystemAccess access) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SystemSpec> create(@RequestBody SystemRequest request) {
        SystemSpec.validate(request.name(), request.description());
        SystemSpec system = new SystemSpec(request.name(), request.description(), clock.instant());
        store.createSystem(system);
        return ResponseEntity.created(URI.create("/api/v1/systems/" + system.name())).body(system);
    }

    @GetMapping
    List<SystemSpec> list() {
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no caller"));
        return store.listSystems().stream().filter(system -> access.sees(caller, system.name())).toList();
    }

    @GetMapping("/{system}")
    SystemSpec get(@PathVariable String system) {
        return store.findSystem(system).orElseThrow(() -> ApiException.notFound("system " + system));
    }

    @DeleteMapping("/{system}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String system, @RequestParam(defaultValue = "false") boolean cascade) {
        get(system);
        List<App> apps = store.listApps(system);
        if (!apps.isEmpty() && !cascade) {
            throw ApiException.conflict("system " + system + " still has " + apps.size() + " apps ("
                    + apps.stream().map(App::name).collect(Collectors.joining(", "))
                    + "); delete them first or add ?cascade=true");
        }
        store.deleteSystem(system);
        apps.forEach(app -> engine.appChanged(app.key()));
        return ResponseEntity.noContent().build();
    }
}
