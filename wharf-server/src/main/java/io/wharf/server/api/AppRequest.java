package io.wharf.server.api;

import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Errors;
import io.wharf.model.HealthCheck;
import java.util.List;
import java.util.Map;

/**
 * The body of a create (all of it) or a PATCH (only what changes) of an app. Unknown fields are
 * rejected by the JSON reader, so that a misspelt field is never silently ignored.
 */
public record AppRequest(String name, String image, Integer replicas, Integer port, String type, List<String> command,
                         Map<String, String> env, ResourcesBody resources, HealthCheckBody healthCheck,
                         List<String> domains) {

    /** The template this request describes, with unset fields taken from {@code base} (null: defaults). */
    AppTemplate template(AppTemplate base, Errors errors) {
        AppType parsedType = type == null ? (base == null ? AppType.ONLINE : base.type()) : parseType(errors);
        HealthCheck check = healthCheck == null ? (base == null ? null : base.healthCheck()) : healthCheck.toModel(errors);
        return new AppTemplate(
                image != null || base == null ? image : base.image(),
                port != null || base == null ? port : base.port(),
                parsedType,
                command != null || base == null ? command : base.command(),
                env != null || base == null ? env : base.env(),
                resources != null ? resources.toModel() : base == null ? null : base.resources(),
                check);
    }

    private AppType parseType(Errors errors) {
        return AppType.parse(type).orElseGet(() -> {
            errors.add("type", "must be one of " + AppType.allowedValues() + ", was '" + type + "'");
            return AppType.ONLINE;
        });
    }
}
