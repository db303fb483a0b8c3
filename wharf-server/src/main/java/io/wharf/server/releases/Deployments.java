package io.wharf.server.releases;

import io.wharf.engine.Engine;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Errors;
import io.wharf.model.Names;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.api.AppRequest;
import io.wharf.server.builds.Versions;
import io.wharf.server.config.WharfProperties;
import java.util.List;
import org.springframework.stereotype.Service;

/** Turns deploy, promotion and rollback requests into releases, after checking all of the request. */
@Service
public class Deployments {
    private final Store store;
    private final Engine engine;
    private final ReleaseService releases;
    private final WharfProperties properties;
    private final Versions versions;

    public Deployments(Store store, Engine engine, ReleaseService releases, WharfProperties properties, Versions versions) {
        this.store = store;
        this.engine = engine;
        this.releases = releases;
        this.properties = properties;
        this.versions = versions;
    }

    public Release deploy(AppKey key, ReleaseRequest request) {
        App app = require(key);
        Errors errors = new Errors();
        AppTemplate template;
        if (request.from() != null) {
            errors.check(!request.changesTemplate(), "from", "deploys the source's release as it is: leave out "
                    + "image, version, command, env, resources and healthCheck");
            Names.check(errors, "from", request.from());
            errors.throwIfAny();
            template = promoted(app, request.from());
        } else {
            errors.check(request.image() == null || request.version() == null, "version", "names the image: leave out image");
            String image = request.version() == null ? request.image() : versions.imageOf(key, request.version());
            template = new AppRequest(null, image, null, null, null, request.command(), request.env(),
                    request.resources(), request.healthCheck(), null, null, null, null, null, null, null, null).template(app.template(), errors);
        }
        template.validate(errors);
        Strategy strategy = strategy(request.strategy(), template, errors);
        errors.throwIfAny();
        return releases.deploy(app, template, strategy, null);
    }

    public Release rollback(AppKey key, RollbackRequest request) {
        App app = require(key);
        Errors errors = new Errors();
        errors.check(request.revision() == null || request.revision() >= 1, "revision", "must be at least 1");
        Strategy strategy = strategy(request.strategy(), app.template(), errors);
        errors.throwIfAny();
        if (strategy == null && app.strategy().type() != StrategyType.CANARY) {
            strategy = app.strategy(); // a blue-green app switches back as blue-green: the other set stays too
        }
        long target = request.revision() != null ? request.revision()
                : engine.rollout(key).filter(r -> r.revision() == app.revision()).map(Rollout::fromRevision)
                        .orElse(app.revision() - 1);
        if (target == app.revision()) {
            throw ApiException.conflict("revision " + target + " is what " + key + " runs now");
        }
        Release restored = store.findRelease(key, target).orElseThrow(() ->
                ApiException.notFound("revision " + target + " of app " + key));
        return releases.deploy(app, restored.template(), strategy, target);
    }

    public List<Release> releases(AppKey key) {
        require(key);
        return store.listReleases(key);
    }

    public Release release(AppKey key, long revision) {
        require(key);
        return store.findRelease(key, revision).orElseThrow(() -> ApiException.notFound("revision " + revision
                + " of app " + key));
    }

    /**
     * The source app's template exactly, its image pinned by digest where the runtime knows it; the
     * target keeps its own secrets (they differ between environments).
     */
    private AppTemplate promoted(App target, String fromSystem) {
        AppKey source = new AppKey(fromSystem, target.name());
        App from = store.findApp(source).orElseThrow(() -> ApiException.notFound("app " + source));
        String image = engine.pinnedImage(from.template().image()).orElse(from.template().image());
        return from.template().withImage(image).withSecrets(target.template().secrets());
    }

    private Strategy strategy(StrategyBody body, AppTemplate template, Errors errors) {
        return body == null ? null : body.toModel(properties.defaultStrategy(template.type()), errors);
    }

    private App require(AppKey key) {
        return AppLookup.require(store, key);
    }
}
