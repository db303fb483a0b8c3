package io.wharf.server.releases;

import io.wharf.engine.Engine;
import io.wharf.engine.Events;
import io.wharf.engine.store.Store;
import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.ReleaseSummary;
import io.wharf.model.Strategy;
import io.wharf.server.api.ApiException;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.configs.StagedChanges;
import io.wharf.server.quota.QuotaService;
import io.wharf.server.registries.ImagePins;
import io.wharf.server.registries.OwnRegistryGuard;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Makes releases: each change to what an app runs becomes a new, immutable revision, stored with
 * the app in one transaction, and the engine rolls it out. Callers validate the template first.
 */
@Service
public class ReleaseService {
    public static final String AUTHOR = "admin";
    private final Store store;
    private final Engine engine;
    private final Events events;
    private final Clock clock;
    private final WharfProperties properties;
    private final StagedChanges staged;
    private final QuotaService quotas;
    private final ImagePins pins;
    private final OwnRegistryGuard ownRegistry;

    public ReleaseService(Store store, Engine engine, Clock clock, WharfProperties properties, StagedChanges staged,
                          QuotaService quotas, ImagePins pins, OwnRegistryGuard ownRegistry) {
        this.store = store;
        this.engine = engine;
        this.events = new Events(store, clock);
        this.clock = clock;
        this.properties = properties;
        this.staged = staged;
        this.quotas = quotas;
        this.pins = pins;
        this.ownRegistry = ownRegistry;
    }

    /** The first release of a new app, stored with it, if the system's quota has room for it. */
    public App create(App app) {
        ownRegistry.check(app.system(), app.template());
        App pinned = app.withRelease(pins.pin(app.system(), app.template()), app.revision(), app.strategy(),
                app.changedAt());
        return quotas.serialized(app.system(), () -> {
            quotas.admit(pinned, true);
            return store(pinned);
        });
    }

    private App store(App app) {
        Release first = new Release(app.key(), app.revision(), app.template(), app.strategy(), AUTHOR, app.createdAt(),
                ReleaseSummary.between(null, app.template()));
        store.createApp(app, first);
        events.normal(app.key(), "Created", "created with " + app.replicas() + " replicas of " + app.template().image());
        engine.appChanged(app.key());
        return app;
    }

    /**
     * Deploys {@code template} as the app's next revision.
     * @param strategy null: the default for the app's type
     * @param restores the older revision this release brings back, or null
     * @throws ApiException 409 when the template is what the app runs already
     * @throws io.wharf.model.ValidationException 422 when the system's quota has no room for its rollout
     */
    public Release deploy(App app, AppTemplate requested, Strategy strategy, Long restores) {
        // a rollback restores the very image of its release; anything else pins the tag's digest now
        if (restores == null) {
            ownRegistry.check(app.system(), requested);
        }
        AppTemplate pinned = restores == null ? pins.pin(app.system(), requested) : requested;
        return quotas.serialized(app.system(), () -> checkedDeploy(app, pinned, strategy, restores));
    }

    private Release checkedDeploy(App app, AppTemplate requested, Strategy strategy, Long restores) {
        AppTemplate template = staged.applyTo(app.key(), requested); // config files staged with ?rollout=false
        if (template.equals(app.template())) {
            throw ApiException.conflict("nothing to release: revision " + app.revision() + " of " + app.key()
                    + " runs exactly this already");
        }
        Strategy chosen = strategy == null ? properties.defaultStrategy(template.type()) : strategy;
        Instant now = clock.instant();
        long revision = app.revision() + 1;
        String summary = (restores == null ? "" : "restores revision " + restores + ": ")
                + ReleaseSummary.between(app.template(), template);
        Release release = new Release(app.key(), revision, template, chosen, AUTHOR, now, summary, restores);
        App next = app.withRelease(template, revision, chosen, now);
        quotas.admit(next, true);
        try {
            if (!store.updateApp(next, release)) {
                throw ApiException.notFound("app " + app.key());
            }
            staged.clear(app.key(), template);
        } catch (StoreConflictException e) {
            throw ApiException.conflict("app " + app.key() + " changed at the same time; try again");
        }
        events.normal(app.key(), "Released", "revision " + revision + " by " + AUTHOR + " (" + chosen.type().wireName()
                + "): " + summary);
        engine.appChanged(app.key());
        return release;
    }

}
