package io.wharf.server.manifests;

import io.wharf.engine.placement.Shares;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.Placement;
import io.wharf.runtime.kubernetes.KubernetesSettings;
import io.wharf.runtime.kubernetes.ManifestRenderer;
import io.wharf.runtime.kubernetes.SchedulingClasses;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.clusters.ClusterRows;
import io.wharf.server.config.WharfProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kubernetes objects Wharf applies for an app, as YAML with one document per object, for users
 * to review or export: on a registered cluster ({@code ?cluster=NAME}) exactly what is applied there
 * for the app's share, otherwise the whole app with the default scheduling classes. Secret values
 * are never shown.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/manifests")
public class ManifestController {
    private final Store store;
    private final ClusterRows clusters;
    private final KubernetesSettings settings;

    public ManifestController(Store store, ClusterRows clusters, WharfProperties properties) {
        this.store = store;
        this.clusters = clusters;
        this.settings = new KubernetesSettings(properties.domain(), null, SchedulingClasses.defaults());
    }

    @GetMapping(produces = ManifestRenderer.MEDIA_TYPE)
    String render(@PathVariable String system, @PathVariable String app,
                  @RequestParam(required = false) String cluster) {
        App found = AppLookup.require(store, new AppKey(system, app));
        if (cluster == null) {
            return new ManifestRenderer(settings).render(found);
        }
        if (Placement.LOCAL.equals(cluster)) {
            throw ApiException.conflict("the cluster local runs apps on Podman, not Kubernetes: leave out ?cluster"
                    + " to see what Wharf would apply on Kubernetes");
        }
        ClusterRows.Row row = clusters.find(cluster).orElseThrow(() -> ApiException.notFound("cluster " + cluster));
        SchedulingClasses classes = SchedulingClasses.defaults().overriddenBy(row.scheduling());
        return new ManifestRenderer(settings.withClasses(classes)).render(onCluster(found, cluster));
    }

    private App onCluster(App app, String cluster) {
        int share = Shares.of(app, clusters.labelsByName()).getOrDefault(cluster, 0);
        if (share == 0) {
            throw ApiException.conflict("app " + app.key() + " has no instances placed on cluster " + cluster
                    + ", so Wharf applies nothing for it there");
        }
        return Shares.forCluster(app, share);
    }
}
