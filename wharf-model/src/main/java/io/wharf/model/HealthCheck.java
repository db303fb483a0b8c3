package io.wharf.model;

import java.util.Locale;

/**
 * How the engine decides that an instance is ready: an HTTP GET that answers 2xx or 3xx, or a TCP
 * port that accepts connections. A null port means the app's port.
 */
public record HealthCheck(Type type, String path, Integer port, int periodSeconds, int timeoutSeconds,
                          int failureThreshold) {
    public static final int DEFAULT_PERIOD_SECONDS = 5;
    public static final int DEFAULT_TIMEOUT_SECONDS = 1;
    public static final int DEFAULT_FAILURE_THRESHOLD = 3;

    public enum Type {
        HTTP, TCP;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static HealthCheck http(String path) {
        return new HealthCheck(Type.HTTP, path, null, DEFAULT_PERIOD_SECONDS, DEFAULT_TIMEOUT_SECONDS,
                DEFAULT_FAILURE_THRESHOLD);
    }

    public static HealthCheck tcp() {
        return new HealthCheck(Type.TCP, null, null, DEFAULT_PERIOD_SECONDS, DEFAULT_TIMEOUT_SECONDS,
                DEFAULT_FAILURE_THRESHOLD);
    }

    /** The port to probe inside the instance, falling back to the app's port. */
    public Integer effectivePort(Integer appPort) {
        return port != null ? port : appPort;
    }

    void validate(Errors errors, String field, Integer appPort) {
        errors.check(type != null, field + ".type", "is required: \"http\" or \"tcp\"");
        if (type == Type.HTTP) {
            errors.check(path != null && path.startsWith("/") && path.length() <= 1024
                            && path.chars().allMatch(c -> c > 32 && c < 127),
                    field + ".path", "must be an absolute URL path such as \"/healthz\"");
        }
        if (type == Type.TCP) {
            errors.check(path == null, field + ".path", "applies only to \"http\" checks");
        }
        if (appPort == null) {
            errors.add(field, "needs the app's port: only that port is published for probing");
        } else if (port != null) {
            errors.check(port.equals(appPort), field + ".port", "must be the app's port (" + appPort
                    + ") or left out: only that port is published for probing");
        }
        errors.check(periodSeconds >= 1 && periodSeconds <= 3600, field + ".periodSeconds", "must be between 1 and 3600");
        errors.check(timeoutSeconds >= 1 && timeoutSeconds <= 60, field + ".timeoutSeconds", "must be between 1 and 60");
        errors.check(failureThreshold >= 1 && failureThreshold <= 100, field + ".failureThreshold",
                "must be between 1 and 100");
    }
}
