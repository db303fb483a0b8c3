package io.wharf.server.manifests;

import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.runtime.kubernetes.KubernetesSettings;
import io.wharf.runtime.kubernetes.ManifestRenderer;
import io.wharf.server.api.ApiException;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.api.AppLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kubernetes objects Wharf applies for an app, as YAML with one document per object, for users
 * to review or export. No Kubernetes cluster can be registered yet, so this is always what Wharf
 * would apply with the default scheduling classes; secret values are never shown.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/manifests")
public class ManifestController {
    private final Store store;
    private final ManifestRenderer renderer;

    public ManifestController(Store store, WharfProperties properties) {
        this.store = store;
        this.renderer = new ManifestRenderer(new KubernetesSettings(properties.domain(), null,
                KubernetesSettings.defaults().classes()));
    }

    @GetMapping(produces = ManifestRenderer.MEDIA_TYPE)
    String render(@PathVariable String system, @PathVariable String app,
                  @RequestParam(required = false) String cluster) {
        if (cluster != null) {
            throw ApiException.notFound("cluster " + cluster);
        }
        return renderer.render(AppLookup.require(store, new AppKey(system, app)));
    }
}
