package io.wharf.server.auth;

import static io.wharf.server.auth.Need.ADMIN;
import static io.wharf.server.auth.Need.ANY;
import static io.wharf.server.auth.Need.DEVELOPER;
import static io.wharf.server.auth.Need.METRICS;
import static io.wharf.server.auth.Need.OWNER;
import static io.wharf.server.auth.Need.PUBLIC;
import static io.wharf.server.auth.Need.SYSTEM_ADMIN;
import static io.wharf.server.auth.Need.VIEWER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one table of operation → what it needs. An operation that is not here is refused for everyone,
 * the platform admin included: a new endpoint is closed until someone decides who may call it.
 */
public final class OperationRoles {
    private static final String SYSTEM = "/api/v1/systems/{system}";
    private static final String APP = SYSTEM + "/apps/{app}";

    /** One row: a method and a path pattern, and what the operation needs. */
    public record Row(String method, String pattern, Need need) {
        public String operation() {
            return method + " " + pattern;
        }
    }

    /** A request matched to its row, with the names in its path. */
    public record Match(Row row, Map<String, String> variables) {
        public String system() {
            return variables.get("system");
        }
    }

    public static final List<Row> ROWS = List.of(
            row("GET", "/api/v1/health", PUBLIC),
            row("GET", "/api/v1/openapi.json", ANY),
            row("GET", "/api/v1/whoami", ANY),
            row("GET", "/api/v1/events", ANY),
            row("POST", "/api/v1/console/links", ANY),
            row("POST", "/api/v1/console/login", PUBLIC),
            row("GET", "/metrics", METRICS),
            row("GET", "/api/v1/audit", ADMIN),
            row("POST", "/api/v1/hooks/{system}/{app}", PUBLIC),
            row("GET", "/api/v1/users", ADMIN),
            row("POST", "/api/v1/users", ADMIN),
            row("GET", "/api/v1/users/{user}", ADMIN),
            row("DELETE", "/api/v1/users/{user}", ADMIN),
            row("GET", "/api/v1/users/{user}/tokens", ADMIN),
            row("POST", "/api/v1/users/{user}/tokens", ADMIN),
            row("DELETE", "/api/v1/users/{user}/tokens/{id}", ADMIN),
            row("GET", "/api/v1/clusters", ANY),
            row("POST", "/api/v1/clusters", ADMIN),
            row("GET", "/api/v1/clusters/{name}", ANY),
            row("DELETE", "/api/v1/clusters/{name}", ADMIN),
            row("GET", "/api/v1/systems", ANY),
            row("POST", "/api/v1/systems", ADMIN),
            row("GET", SYSTEM, VIEWER),
            row("DELETE", SYSTEM, SYSTEM_ADMIN),
            row("GET", SYSTEM + "/members", VIEWER),
            row("PUT", SYSTEM + "/members/{user}", SYSTEM_ADMIN),
            row("DELETE", SYSTEM + "/members/{user}", SYSTEM_ADMIN),
            row("GET", SYSTEM + "/quota", VIEWER),
            row("PUT", SYSTEM + "/quota", SYSTEM_ADMIN),
            row("DELETE", SYSTEM + "/quota", SYSTEM_ADMIN),
            row("GET", SYSTEM + "/registries", VIEWER),
            row("PUT", SYSTEM + "/registries/{host}", OWNER),
            row("DELETE", SYSTEM + "/registries/{host}", OWNER),
            row("GET", SYSTEM + "/apps", VIEWER),
            row("POST", SYSTEM + "/apps", OWNER),
            row("GET", APP, VIEWER),
            row("PATCH", APP, DEVELOPER),
            row("DELETE", APP, OWNER),
            row("PUT", APP + "/replicas", DEVELOPER),
            row("GET", APP + "/instances", VIEWER),
            row("GET", APP + "/instances/{instance}/logs", DEVELOPER),
            row("POST", APP + "/instances/{instance}/exec", DEVELOPER),
            row("GET", APP + "/instances/{instance}/exec", DEVELOPER),
            row("GET", APP + "/logs", DEVELOPER),
            row("GET", APP + "/exits", DEVELOPER),
            row("GET", APP + "/metrics", VIEWER),
            row("GET", APP + "/diagnosis", VIEWER),
            row("GET", SYSTEM + "/events", VIEWER),
            row("GET", APP + "/events", VIEWER),
            row("GET", APP + "/manifests", VIEWER),
            row("GET", APP + "/releases", VIEWER),
            row("POST", APP + "/releases", DEVELOPER),
            row("GET", APP + "/releases/{revision}", VIEWER),
            row("POST", APP + "/rollback", DEVELOPER),
            row("GET", APP + "/rollout", VIEWER),
            row("POST", APP + "/rollout/{command}", DEVELOPER),
            row("GET", APP + "/configs", VIEWER),
            row("GET", APP + "/configs/{name}", VIEWER),
            row("PUT", APP + "/configs/{name}", DEVELOPER),
            row("DELETE", APP + "/configs/{name}", DEVELOPER),
            row("GET", APP + "/configs/{name}/diff", VIEWER),
            row("GET", APP + "/source", VIEWER),
            row("PUT", APP + "/source", OWNER),
            row("DELETE", APP + "/source", OWNER),
            row("GET", APP + "/builds", VIEWER),
            row("POST", APP + "/builds", DEVELOPER),
            row("GET", APP + "/builds/{build}", VIEWER),
            row("GET", APP + "/builds/{build}/logs", VIEWER),
            row("POST", APP + "/builds/{build}/cancel", DEVELOPER),
            row("GET", APP + "/versions", VIEWER),
            row("GET", APP + "/hooks/deliveries", VIEWER),
            row("GET", APP + "/secrets", VIEWER),
            row("PUT", APP + "/secrets/{name}", OWNER),
            row("DELETE", APP + "/secrets/{name}", OWNER));

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final List<Map.Entry<Row, PathPattern>> PATTERNS = ROWS.stream()
            .map(r -> Map.entry(r, PARSER.parse(r.pattern()))).toList();

    private OperationRoles() {
    }

    /** The row of a request, by its method and its decoded, normalized path. */
    public static Optional<Match> match(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Map.Entry<Row, PathPattern> entry : PATTERNS) {
            if (!entry.getKey().method().equals(method)) {
                continue;
            }
            PathPattern.PathMatchInfo info = entry.getValue().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(entry.getKey(), info.getUriVariables()));
            }
        }
        return Optional.empty();
    }

    private static Row row(String method, String pattern, Need need) {
        return new Row(method, pattern, need);
    }
}
