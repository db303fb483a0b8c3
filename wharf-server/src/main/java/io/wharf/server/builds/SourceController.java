package io.wharf.server.builds;

import io.wharf.model.AppKey;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An app's build source: set it (owners), read it without its password or webhook secret, remove it. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/source")
public class SourceController {
    private final SourceService sources;

    public SourceController(SourceService sources) {
        this.sources = sources;
    }

    @PutMapping
    SourceResponse put(@PathVariable String system, @PathVariable String app, @RequestBody SourceRequest request) {
        return sources.put(new AppKey(system, app), request);
    }

    @GetMapping
    SourceResponse get(@PathVariable String system, @PathVariable String app) {
        return sources.get(new AppKey(system, app));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String system, @PathVariable String app) {
        sources.delete(new AppKey(system, app));
    }
}
