package io.wharf.server.api;

import io.wharf.model.Errors;
import io.wharf.model.HealthCheck;
import java.util.Locale;

/** A health check as it travels in JSON; unset numbers take the defaults. */
public record HealthCheckBody(String type, String path, Integer port, Integer periodSeconds, Integer timeoutSeconds,
                              Integer failureThreshold) {
    public static HealthCheckBody of(HealthCheck check) {
        return check == null ? null : new HealthCheckBody(check.type().wireName(), check.path(), check.port(),
                check.periodSeconds(), check.timeoutSeconds(), check.failureThreshold());
    }

    HealthCheck toModel(Errors errors) {
        HealthCheck.Type parsed = null;
        if (type == null) {
            errors.add("healthCheck.type", "is required: \"http\" or \"tcp\"");
        } else if (type.equals("http") || type.equals("tcp")) {
            parsed = HealthCheck.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } else {
            errors.add("healthCheck.type", "must be \"http\" or \"tcp\", was '" + type + "'");
        }
        return new HealthCheck(parsed == null ? HealthCheck.Type.TCP : parsed, path, port,
                orDefault(periodSeconds, HealthCheck.DEFAULT_PERIOD_SECONDS),
                orDefault(timeoutSeconds, HealthCheck.DEFAULT_TIMEOUT_SECONDS),
                orDefault(failureThreshold, HealthCheck.DEFAULT_FAILURE_THRESHOLD));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
