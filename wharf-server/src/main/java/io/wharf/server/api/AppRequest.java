package io.wharf.server.api;

import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.ConfigFile;
import io.wharf.model.Errors;
import io.wharf.model.HealthCheck;
import io.wharf.model.LoadBalancing;
import io.wharf.model.Routing;
import java.util.List;
import java.util.Map;

/**
 * The body of a create (all of it) or a PATCH (only what changes) of an app. Unknown fields are
 * rejected by the JSON reader, so that a misspelt field is never silently ignored.
 */
public record AppRequest(String name, String image, Integer replicas, Integer port, String type, List<String> command,
                         Map<String, String> env, ResourcesBody resources, HealthCheckBody healthCheck,
                         List<String> domains, String balancing, ExposeBody expose,
                         List<ConfigFile> configs, PlacementBody placement, AutoscaleBody autoscale,
                         List<String> capabilities, Integer stopGraceSeconds) {

    /** The template this request describes, with unset fields taken from {@code base} (null: defaults). */
    public AppTemplate template(AppTemplate base, Errors errors) {
        AppType parsedType = type == null ? (base == null ? AppType.ONLINE : base.type()) : parseType(errors);
        HealthCheck check = healthCheck == null ? (base == null ? null : base.healthCheck()) : healthCheck.toModel(errors);
        return new AppTemplate(
                image != null || base == null ? image : base.image(),
                port != null || base == null ? port : base.port(),
                parsedType,
                command != null || base == null ? command : base.command(),
                env != null || base == null ? env : base.env(),
                resources != null ? resources.toModel() : base == null ? null : base.resources(),
                check,
                configs != null || base == null ? configs : base.configs(),
                base == null ? List.of() : base.secrets(),
                capabilities != null || base == null ? capabilities : base.capabilities(),
                stopGraceSeconds != null || base == null ? stopGraceSeconds : base.stopGraceSeconds());
    }

    /** The routing this request describes, with unset fields taken from {@code base}. */
    Routing routing(Routing base, Errors errors) {
        Routing routing = base;
        if (domains != null) {
            routing = routing.withDomains(domains);
        }
        if (balancing != null) {
            routing = routing.withBalancing(LoadBalancing.parse(balancing).orElseGet(() -> {
                errors.add("balancing", "must be one of " + LoadBalancing.allowedValues() + ", was '" + balancing + "'");
                return LoadBalancing.ROUND_ROBIN;
            }));
        }
        if (expose != null) {
            Routing.checkTcpPort(errors, "expose.tcp", expose.tcp());
            routing = routing.withTcpPort(expose.tcp());
        }
        return routing;
    }

    private AppType parseType(Errors errors) {
        return AppType.parse(type).orElseGet(() -> {
            errors.add("type", "must be one of " + AppType.allowedValues() + ", was '" + type + "'");
            return AppType.ONLINE;
        });
    }
}
