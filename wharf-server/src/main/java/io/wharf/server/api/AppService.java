package io.wharf.server.api;

import io.wharf.engine.Engine;
import io.wharf.engine.Events;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.Domains;
import io.wharf.model.Errors;
import io.wharf.model.Instance;
import io.wharf.model.Names;
import io.wharf.model.Phase;
import io.wharf.model.Placement;
import io.wharf.model.Routing;
import io.wharf.server.auth.Callers;
import io.wharf.server.auth.SystemAccess;
import io.wharf.server.clusters.ClusterRows;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.quota.QuotaService;
import io.wharf.server.releases.ReleaseService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Changes apps' desired state: validates the whole request first, stores it, records the event and
 * tells the engine. A request that fails validation changes nothing.
 */
@Service
public class AppService {
    private final Store store;
    private final Engine engine;
    private final Events events;
    private final Clock clock;
    private final int maxReplicas;
    private final WharfProperties properties;
    private final ReleaseService releases;
    private final Set<Integer> reservedPorts;
    private final RoutingConflicts routingConflicts;
    private final AppScaling scaling;
    private final QuotaService quotas;

    public AppService(Store store, Engine engine, Clock clock, WharfProperties properties, ReleaseService releases,
                      ClusterRows clusters, QuotaService quotas, SystemAccess access) {
        this.store = store;
        this.properties = properties;
        this.releases = releases;
        this.reservedPorts = properties.ownPorts();
        this.routingConflicts = new RoutingConflicts(store, properties.domain(),
                system -> Callers.current().map(caller -> access.sees(caller, system)).orElse(true));
        this.engine = engine;
        this.events = new Events(store, clock);
        this.clock = clock;
        this.maxReplicas = properties.maxReplicas();
        this.quotas = quotas;
        this.scaling = new AppScaling(maxReplicas,
                name -> Placement.LOCAL.equals(name) || clusters.find(name).isPresent());
    }

    public AppResponse create(String system, AppRequest request) {
        requireSystem(system);
        Errors errors = new Errors();
        Names.check(errors, "name", request.name());
        AppTemplate template = request.template(null, errors);
        template.validate(errors);
        AppScaling.Result scale = scaling.resolve(request.replicas(), request.placement(), request.autoscale(), null,
                template.resources(), errors);
        Routing routing = checkedRouting(request, Routing.DEFAULT, errors);
        errors.throwIfAny();
        routingConflicts.requireFree(new AppKey(system, request.name()), request, true);
        Instant now = clock.instant();
        App app = new App(system, request.name(), scale.replicas(), template, 1, now, now, routing,
                properties.defaultStrategy(template.type()), scale.placement(), scale.autoscale());
        return response(releases.create(app));
    }

    public AppResponse patch(AppKey key, AppRequest request) {
        return quotas.serialized(key.system(), () -> checkedPatch(key, request));
    }

    /** Checks the quota for the new scaling and the new release together, before either is stored. */
    private AppResponse checkedPatch(AppKey key, AppRequest request) {
        App app = require(key);
        Errors errors = new Errors();
        errors.check(request.name() == null || request.name().equals(key.app()), "name",
                "cannot be changed; create a new app instead");
        AppTemplate template = request.template(app.template(), errors);
        template.validate(errors);
        AppScaling.Result scale = scaling.resolve(request.replicas(), request.placement(), request.autoscale(), app,
                template.resources(), errors);
        Routing routing = checkedRouting(request, app.routing(), errors);
        errors.throwIfAny();
        routingConflicts.requireFree(key, request, false);
        Instant now = clock.instant();
        App changed = app.withRouting(routing, now).withScaling(scale.replicas(), scale.placement(), scale.autoscale(), now);
        boolean release = !template.equals(app.template());
        quotas.admit(release ? changed.withRelease(template, app.revision() + 1,
                properties.defaultStrategy(template.type()), now) : changed, release);
        AppResponse saved = save(app, changed);
        if (!release) {
            return saved;
        }
        releases.deploy(require(key), template, null, null);
        return get(key);
    }

    public AppResponse scale(AppKey key, Integer replicas) {
        App app = require(key);
        Errors errors = new Errors();
        if (replicas == null) {
            errors.add("replicas", "is required: the number of instances to run, 0 to " + maxReplicas);
        }
        errors.throwIfAny();
        AppScaling.Result scale = scaling.resolve(replicas, null, null, app, app.template().resources(), errors);
        errors.throwIfAny();
        return quotas.serialized(key.system(), () -> {
            App scaled = require(key);
            App after = scaled.withScaling(scale.replicas(), scale.placement(), scale.autoscale(), clock.instant());
            quotas.admit(after, false);
            return save(scaled, after);
        });
    }

    private AppResponse save(App before, App after) {
        if (after.equals(before)) {
            return response(before);
        }
        if (!store.updateApp(after)) {
            throw ApiException.notFound("app " + before.key());
        }
        RoutingEvents.record(events, after.key(), before.routing(), after.routing());
        if (after.replicas() != before.replicas()) {
            events.normal(after.key(), "Scaled", "scaled from " + before.replicas() + " to " + after.replicas() + " replicas");
        }
        if (!Objects.equals(after.placement(), before.placement())) {
            events.normal(after.key(), "Placed", "placement is now " + describe(after));
        }
        if (!Objects.equals(after.autoscale(), before.autoscale())) {
            events.normal(after.key(), "Autoscale", after.autoscale() == null ? "autoscaling turned off"
                    : "autoscaling between " + after.autoscale().min() + " and " + after.autoscale().max()
                    + " instances at " + after.autoscale().cpuPercent() + "% CPU");
        }
        engine.appChanged(after.key());
        return response(after);
    }

    public void delete(AppKey key) {
        if (!store.deleteApp(key)) {
            throw ApiException.notFound("app " + key);
        }
        engine.appChanged(key);
    }

    public AppResponse get(AppKey key) {
        return response(require(key));
    }

    public List<AppResponse> list(String system) {
        requireSystem(system);
        return store.listApps(system).stream().map(this::response).toList();
    }

    public List<Instance> instances(AppKey key) {
        require(key);
        return engine.instances(key);
    }

    App require(AppKey key) {
        return AppLookup.require(store, key);
    }

    private Routing checkedRouting(AppRequest request, Routing base, Errors errors) {
        Domains.check(errors, request.domains());
        Routing routing = request.routing(base, errors);
        Integer tcp = routing.tcpPort();
        if (tcp != null && reservedPorts.contains(tcp)) {
            errors.add("expose.tcp", "port " + tcp + " is one of Wharf's own ports (API, gateway, DNS); choose another");
        }
        return routing;
    }

    private static String describe(App app) {
        Placement p = app.placement();
        if (p == null) {
            return "all " + app.replicas() + " on the local cluster";
        }
        return p.fixed() ? p.clusters().toString() : app.replicas() + " spread " + p.spread().wireName()
                + " over clusters labelled " + p.selector();
    }

    private void requireSystem(String system) {
        if (store.findSystem(system).isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
    }

    private AppResponse response(App app) {
        AppStatus status = store.findStatus(app.key())
                .filter(s -> s.replicas() == app.replicas())
                .orElseGet(() -> new AppStatus(Phase.Progressing, app.replicas(), 0, "waiting for the engine"));
        return AppResponse.of(app, status);
    }
}
