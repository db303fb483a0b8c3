package io.wharf.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.testkit.Homes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document says what the API answers: each call below is made for real, and its status,
 * media type and body must be the ones the document gives for that operation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractIT {
    private static final Path HOME = Homes.create("openapi");
    private static final String APP = "/api/v1/systems/shop/apps/web";
    @LocalServerPort
    int port;
    ApiClient api;
    JsonNode doc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
    }

    @BeforeEach
    void readTheDocument() throws IOException {
        api = OwnHome.admin(port, HOME);
        ApiClient.Response response = api.get("/api/v1/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        doc = response.json();
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDetails() {
        List<String> missing = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            // 101 Switching Protocols is the success of a WebSocket operation (the terminal)
            boolean success = responses.propertyNames().stream().anyMatch(code -> code.startsWith("2") || code.equals("101"));
            boolean errors = path.getKey().equals("/api/v1/health")
                    || responses.has("401") && responses.get("401").at("/content/application~1problem+json").isObject();
            if (!success || !errors) {
                missing.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void realAnswersMatchTheirDocumentedSchemas() {
        api.delete("/api/v1/systems/shop?cascade=true");
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "post", "/api/v1/systems", "/api/v1/systems", "{\"name\":\"shop\",\"description\":\"the shop\"}");
        check(mismatches, "post", "/api/v1/systems/{system}/apps", "/api/v1/systems/shop/apps", """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0, "port": 8080,
                 "env": {"MODE": "test"}, "domains": ["web.shop.test"], "command": ["httpd", "-f"],
                 "healthCheck": {"type": "http", "path": "/healthz"}, "resources": {"cpu": "500m", "memory": "64Mi"}}""");
        check(mismatches, "put", "/api/v1/systems/{system}/apps/{app}/configs/{name}", APP + "/configs/app",
                "{\"path\":\"/etc/app.conf\",\"content\":\"a = 1\"}");
        check(mismatches, "put", "/api/v1/systems/{system}/apps/{app}/secrets/{name}", APP + "/secrets/db",
                "{\"value\":\"s3cret\",\"env\":\"DB_PASSWORD\"}");
        check(mismatches, "put", "/api/v1/systems/{system}/apps/{app}/replicas", APP + "/replicas", "{\"replicas\":0}");
        check(mismatches, "patch", "/api/v1/systems/{system}/apps/{app}", APP, "{\"balancing\":\"least-connections\"}");
        for (String[] get : new String[][] {
                {"/api/v1/systems", "/api/v1/systems"}, {"/api/v1/systems/{system}", "/api/v1/systems/shop"},
                {"/api/v1/systems/{system}/apps", "/api/v1/systems/shop/apps"}, {"/api/v1/systems/{system}/apps/{app}", APP},
                {"/api/v1/systems/{system}/apps/{app}/releases", APP + "/releases"},
                {"/api/v1/systems/{system}/apps/{app}/releases/{revision}", APP + "/releases/1"},
                {"/api/v1/systems/{system}/apps/{app}/rollout", APP + "/rollout"},
                {"/api/v1/systems/{system}/apps/{app}/events", APP + "/events"},
                {"/api/v1/systems/{system}/apps/{app}/instances", APP + "/instances"},
                {"/api/v1/systems/{system}/apps/{app}/configs", APP + "/configs"},
                {"/api/v1/systems/{system}/apps/{app}/configs/{name}", APP + "/configs/app"},
                {"/api/v1/systems/{system}/apps/{app}/secrets", APP + "/secrets"},
                {"/api/v1/clusters", "/api/v1/clusters"}, {"/api/v1/clusters/{name}", "/api/v1/clusters/local"},
                {"/api/v1/systems/{system}/apps/{app}", "/api/v1/systems/shop/apps/nope"},
                {"/api/v1/systems/{system}/apps/{app}/releases/{revision}", APP + "/releases/99"}}) {
            check(mismatches, "get", get[0], get[1], null);
        }
        check(mismatches, "post", "/api/v1/systems", "/api/v1/systems", "{\"name\":\"Not_A_Name\"}");
        check(mismatches, "post", "/api/v1/systems", "/api/v1/systems", "{\"name\":\"shop\"}");
        check(mismatches, "delete", "/api/v1/systems/{system}/apps/{app}/secrets/{name}", APP + "/secrets/db", null);
        check(mismatches, "delete", "/api/v1/systems/{system}", "/api/v1/systems/shop?cascade=true", null);

        assertThat(mismatches).isEmpty();
    }

    private void check(List<String> mismatches, String method, String template, String path, String body) {
        ApiClient.Response response = api.send(method.toUpperCase(java.util.Locale.ROOT), path, body, OwnHome.adminToken(HOME));
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path + " -> " + response.status();
        JsonNode documented = doc.path("paths").path(template).path(method).path("responses")
                .path(Integer.toString(response.status()));
        if (documented.isMissingNode()) {
            mismatches.add(where + ": status not documented");
            return;
        }
        if (response.body().isEmpty()) {
            if (documented.has("content")) {
                mismatches.add(where + ": documented a body, got none");
            }
            return;
        }
        String mediaType = response.contentType().split(";")[0].trim();
        JsonNode content = documented.path("content").path(mediaType);
        if (content.isMissingNode()) {
            mismatches.add(where + ": media type " + mediaType + " not documented, only " + documented.path("content").propertyNames());
            return;
        }
        new SchemaCheck(doc).check(JsonMapper.builder().build().readTree(response.body()), content.path("schema"))
                .forEach(problem -> mismatches.add(where + ": " + problem));
    }

}
