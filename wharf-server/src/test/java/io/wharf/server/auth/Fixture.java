package io.wharf.server.auth;

import io.wharf.server.ApiClient;

/** What the role walk acts on, made again whenever a step of the walk deleted part of it. */
final class Fixture {
    private final ApiClient admin;
    private final String secret;

    Fixture(ApiClient admin, String secret) {
        this.admin = admin;
        this.secret = secret;
    }

    /** A template's path with the walk's names: system, app hello, config app, secret probe, user dummy. */
    static String fill(String template, String system) {
        String path = template.startsWith("/api/v1/clusters/") ? template.replace("{name}", "local")
                : template.contains("/secrets/") ? template.replace("{name}", "probe") : template.replace("{name}", "app");
        return path.replace("{system}", system).replace("{app}", "hello").replace("{instance}", "hello-1")
                .replace("{revision}", "1").replace("{command}", "pause").replace("{user}", "dummy")
                .replace("{id}", "nope").replace("{host}", "registry.example").replace("{build}", "nope")
                .replaceAll("\\{[a-zA-Z]+}", "x");
    }

    void ensure() {
        admin.post("/api/v1/users", "{\"name\":\"dummy\"}");
        for (String system : new String[] {Callers6.ALPHA, Callers6.BETA}) {
            String apps = "/api/v1/systems/" + system + "/apps";
            if (admin.get("/api/v1/systems/" + system).status() == 404) {
                admin.post("/api/v1/systems", "{\"name\":\"" + system + "\"}");
            }
            if (admin.get(apps + "/hello").status() == 404) {
                admin.post(apps, "{\"name\":\"hello\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}");
            }
            if (admin.get(apps + "/hello/configs/app").status() == 404) {
                admin.put(apps + "/hello/configs/app", "{\"path\":\"/etc/app.conf\",\"content\":\"a\"}");
            }
            if (admin.get(apps + "/hello/secrets").body().indexOf("\"app\"") < 0) {
                admin.put(apps + "/hello/secrets/app", "{\"value\":\"" + secret + "\"}");
            }
        }
    }
}
