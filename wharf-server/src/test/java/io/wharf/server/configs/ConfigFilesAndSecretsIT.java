package io.wharf.server.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Config files and secrets reach real instances: the sample app serves what it finds under /tmp/www. */
class ConfigFilesAndSecretsIT extends AbstractRunningServerIT {
    private final HttpClient http = HttpClient.newHttpClient();

    private List<JsonNode> readyInstances(long revision) {
        return api.get(appPath + "/instances").json().valueStream()
                .filter(i -> i.get("ready").asBoolean() && i.get("revision").asLong() == revision).toList();
    }

    /** What every ready instance of the revision serves at {@code path}, once there is one. */
    private void awaitServed(long revision, String path, String expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<JsonNode> ready = readyInstances(revision);
            assertThat(ready).isNotEmpty();
            for (JsonNode instance : ready) {
                assertThat(get(instance.get("address").asString(), path)).isEqualTo(expected);
            }
        });
    }

    private String get(String address, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://" + address + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private ApiClient.Response putConfig(String name, String query, String path, String content) {
        return api.put(appPath + "/configs/" + name + query, "{\"path\": \"" + path + "\", \"content\": \"" + content + "\"}");
    }

    @Test
    void aConfigFileIsReleasedServedByTheNewInstancesAndKeptPerRevisionWithADiff() {
        createHello(1);

        ApiClient.Response created = putConfig("app", "", "/tmp/www/app.conf", "colour = blue\\nsize = 3\\n");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("revision").asLong()).isEqualTo(2);
        awaitServed(2, "/app.conf", "colour = blue\nsize = 3\n");
        ApiClient.Response changed = putConfig("app", "", "/tmp/www/app.conf", "colour = green\\nsize = 3\\n");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("revision").asLong()).isEqualTo(3);
        awaitServed(3, "/app.conf", "colour = green\nsize = 3\n");

        JsonNode listed = api.get(appPath + "/configs").json();
        assertThat(listed.valueStream().toList()).singleElement().satisfies(c -> {
            assertThat(c.get("name").asString()).isEqualTo("app");
            assertThat(c.get("path").asString()).isEqualTo("/tmp/www/app.conf");
            assertThat(c.get("size").asInt()).isEqualTo(24);
            assertThat(c.get("revision").asLong()).isEqualTo(3);
        });
        assertThat(api.get(appPath + "/configs/app?revision=2").json().get("content").asString())
                .isEqualTo("colour = blue\nsize = 3\n");
        assertThat(api.get(appPath + "/configs/app?revision=1").status()).isEqualTo(404);
        ApiClient.Response diff = api.get(appPath + "/configs/app/diff?from=2&to=3");
        assertThat(diff.contentType()).startsWith("text/plain");
        assertThat(diff.body()).contains("@@ -1,2 +1,2 @@\n-colour = blue\n+colour = green\n size = 3\n");
    }

    @Test
    void aStagedConfigFileWaitsForTheNextReleaseWhoeverMakesIt() {
        createHello(1);

        ApiClient.Response staged = putConfig("later", "?rollout=false", "/tmp/www/later.txt", "staged");
        assertThat(staged.status()).as(staged.body()).isEqualTo(202);
        assertThat(staged.json().get("staged").asBoolean()).isTrue();
        assertThat(api.get(appPath).json().get("revision").asLong()).isEqualTo(1);
        assertThat(api.get(appPath + "/configs").json().valueStream().toList()).singleElement()
                .satisfies(c -> assertThat(c.get("staged").asBoolean()).isTrue());

        assertThat(putConfig("now", "", "/tmp/www/now.txt", "at once").status()).isEqualTo(201);

        awaitServed(2, "/later.txt", "staged");
        awaitServed(2, "/now.txt", "at once");
        assertThat(api.get(appPath + "/configs").json().valueStream().map(c -> c.get("name").asString()
                + (c.get("staged").asBoolean() ? " staged" : "") + " @" + c.get("revision").asLong()))
                .containsExactly("later @2", "now @2");
        ApiClient.Response deleted = api.delete(appPath + "/configs/later");
        assertThat(deleted.json().get("revision").asLong()).isEqualTo(3);
        assertThat(api.get(appPath + "/configs/later").status()).isEqualTo(404);
    }

    @Test
    void aSecretIsReadableAsAFileAndAsAnEnvVariableOfTheInstances() {
        ApiClient.Response app = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1,
                 "command": ["/bin/sh", "-c", "mkdir -p /tmp/www && echo \\"token=$API_TOKEN\\" > /tmp/www/token.txt && exec /bin/sh /bin/hello.sh"],
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""");
        assertThat(app.status()).as(app.body()).isEqualTo(201);

        ApiClient.Response file = api.put(appPath + "/secrets/db", "{\"value\": \"file-secret-1\", \"path\": \"/tmp/www/secret.txt\"}");
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        assertThat(file.body()).doesNotContain("file-secret-1");
        ApiClient.Response env = api.put(appPath + "/secrets/token", "{\"value\": \"env-secret-1\", \"env\": \"API_TOKEN\"}");
        assertThat(env.status()).as(env.body()).isEqualTo(201);
        assertThat(env.json().get("revision").asLong()).isEqualTo(3);

        awaitServed(3, "/secret.txt", "file-secret-1");
        awaitServed(3, "/token.txt", "token=env-secret-1\n");
        ApiClient.Response changed = api.put(appPath + "/secrets/db", "{\"value\": \"file-secret-2\", \"path\": \"/tmp/www/secret.txt\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);
        awaitServed(4, "/secret.txt", "file-secret-2");
        assertThat(api.get(appPath + "/secrets").json().valueStream().map(s -> s.get("name").asString() + " v"
                + s.get("version").asLong() + " " + (s.get("env").isNull() ? s.get("path").asString() : "$" + s.get("env").asString())))
                .containsExactly("db v2 /tmp/www/secret.txt", "token v1 $API_TOKEN");
    }

    @Test
    void aRollbackToAReleaseWhoseSecretWasChangedAndDeletedSinceStartsWithTheOldValue() {
        createHello(1);
        String secret = appPath + "/secrets/db";
        assertThat(api.put(secret, "{\"value\": \"old-value\", \"path\": \"/tmp/www/secret.txt\"}").status()).isEqualTo(201);
        assertThat(api.put(secret, "{\"value\": \"new-value\", \"path\": \"/tmp/www/secret.txt\"}").status()).isEqualTo(200);
        assertThat(api.delete(secret).json().get("revision").asLong()).isEqualTo(4);

        ApiClient.Response rollback = api.post(appPath + "/rollback", "{\"revision\": 2}");

        assertThat(rollback.status()).as(rollback.body()).isEqualTo(201);
        assertThat(rollback.json().get("revision").asLong()).isEqualTo(5);
        awaitServed(5, "/secret.txt", "old-value");
        assertThat(api.get(appPath + "/secrets").json().valueStream().map(s -> s.get("version").asLong()))
                .containsExactly(1L);
    }
}
