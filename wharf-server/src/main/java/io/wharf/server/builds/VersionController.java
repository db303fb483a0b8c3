package io.wharf.server.builds;

import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.AppLookup;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An app's versions, newest first; deploy one with POST .../releases {"version": ID}. */
@RestController
public class VersionController {
    private final Store store;
    private final VersionRows versions;

    public VersionController(Store store, VersionRows versions) {
        this.store = store;
        this.versions = versions;
    }

    @GetMapping("/api/v1/systems/{system}/apps/{app}/versions")
    List<VersionResponse> list(@PathVariable String system, @PathVariable String app) {
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        return versions.list(key);
    }
}
