package io.wharf.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The API's resource paths, with names encoded so that any text stays one path segment. */
public final class ApiPaths {
    private static final String SYSTEMS = "/api/v1/systems";

    private ApiPaths() {
    }

    public static String consoleLinks() {
        return "/api/v1/console/links";
    }

    public static String systems() {
        return SYSTEMS;
    }

    public static String system(String system) {
        return SYSTEMS + "/" + segment(system);
    }

    public static String apps(String system) {
        return system(system) + "/apps";
    }

    public static String app(String system, String app) {
        return apps(system) + "/" + segment(app);
    }

    static String segment(String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        // "." and ".." would be read as relative path steps, not as names
        return encoded.chars().allMatch(c -> c == '.') ? encoded.replace(".", "%2E") : encoded;
    }

    public static String instances(String system, String app) {
        return app(system, app) + "/instances";
    }

    public static String instanceLogs(String system, String app, String instance) {
        return instances(system, app) + "/" + segment(instance) + "/logs";
    }

    public static String appLogs(String system, String app) {
        return app(system, app) + "/logs";
    }

    /** The events of a system, or of one of its apps when {@code app} is not null. */
    public static String events(String system, String app) {
        return (app == null ? system(system) : app(system, app)) + "/events";
    }

    public static String exits(String system, String app) {
        return app(system, app) + "/exits";
    }

    public static String metrics(String system, String app, String window, String step) {
        return app(system, app) + "/metrics?window=" + segment(window) + "&step=" + segment(step);
    }

    public static String instanceExec(String system, String app, String instance) {
        return instances(system, app) + "/" + segment(instance) + "/exec";
    }

    public static String configs(String system, String app) {
        return app(system, app) + "/configs";
    }

    public static String config(String system, String app, String name) {
        return configs(system, app) + "/" + segment(name);
    }

    public static String secrets(String system, String app) {
        return app(system, app) + "/secrets";
    }

    public static String secret(String system, String app, String name) {
        return secrets(system, app) + "/" + segment(name);
    }

    public static String releases(String system, String app) {
        return app(system, app) + "/releases";
    }

    public static String rollout(String system, String app) {
        return app(system, app) + "/rollout";
    }

    public static String registries(String system) {
        return system(system) + "/registries";
    }

    public static String registry(String system, String host) {
        return registries(system) + "/" + segment(host);
    }

    public static String source(String system, String app) {
        return app(system, app) + "/source";
    }

    public static String builds(String system, String app) {
        return app(system, app) + "/builds";
    }

    public static String build(String system, String app, String id) {
        return builds(system, app) + "/" + segment(id);
    }

    public static String buildLogs(String system, String app, String id, boolean follow) {
        return build(system, app, id) + "/logs" + (follow ? "?follow=true" : "");
    }

    public static String buildCancel(String system, String app, String id) {
        return build(system, app, id) + "/cancel";
    }

    public static String versions(String system, String app) {
        return app(system, app) + "/versions";
    }

    public static String hookDeliveries(String system, String app) {
        return app(system, app) + "/hooks/deliveries";
    }

    /** Where a git host sends its push events for an app; public, checked by the app's webhook secret. */
    public static String hook(String system, String app) {
        return "/api/v1/hooks/" + segment(system) + "/" + segment(app);
    }

    public static String clusters() {
        return "/api/v1/clusters";
    }

    public static String cluster(String name) {
        return clusters() + "/" + segment(name);
    }

    public static String users() {
        return "/api/v1/users";
    }

    public static String user(String user) {
        return users() + "/" + segment(user);
    }

    public static String tokens(String user) {
        return user(user) + "/tokens";
    }

    public static String token(String user, String id) {
        return tokens(user) + "/" + segment(id);
    }

    public static String whoami() {
        return "/api/v1/whoami";
    }

    public static String members(String system) {
        return system(system) + "/members";
    }

    public static String member(String system, String user) {
        return members(system) + "/" + segment(user);
    }

    public static String quota(String system) {
        return system(system) + "/quota";
    }

    /** The audit trail, filtered by the given query parameters (those with a null value are left out). */
    public static String audit(Map<String, String> query) {
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null) {
                params.add(segment(name) + "=" + segment(value));
            }
        });
        return "/api/v1/audit" + params;
    }
}
