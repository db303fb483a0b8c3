package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An instance's logs read through the API from real Podman containers: text, tail, since, and the errors. */
class LogsIT extends AbstractRunningServerIT {
    /** Pauses between lines: output and error are two pipes, and lines written in one instant may be recorded in either order. */
    private static final String PRINTS_THEN_SERVES = """
            ["/bin/sh", "-c", "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three; exec /bin/sh /bin/hello.sh"]""";

    private String readyInstance() {
        return await().atMost(Duration.ofSeconds(15)).until(this::readyIds, ids -> ids.size() == 1).iterator().next();
    }

    private void createPrintingHello() {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 1, "command": %s,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""".formatted(PRINTS_THEN_SERVES));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String logs(String instance, String query) {
        return appPath + "/instances/" + instance + "/logs" + query;
    }

    @Test
    void theLogsOfAnInstanceArePlainTextLinesAndTheTailGivesTheLastOnes() {
        createPrintingHello();
        String instance = readyInstance();

        ApiClient.Response all = api.get(logs(instance, ""));
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.contentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(all.body()).isEqualTo("one\ntwo\nthree\n");
        assertThat(api.get(logs(instance, "?tail=1")).body()).isEqualTo("three\n");
        assertThat(api.get(logs(instance, "?tail=2&since=600")).body()).isEqualTo("two\nthree\n");
    }

    @Test
    void anUnknownInstanceOrAnInstanceOfAnotherAppOrAnUnknownAppIsNotFound() {
        createPrintingHello();
        String instance = readyInstance();
        assertThat(api.post("/api/v1/systems/" + system + "/apps",
                "{\"name\": \"other\", \"image\": \"localhost/wharf/hello:1\", \"replicas\": 0}").status()).isEqualTo(201);

        ApiClient.Response unknown = api.get(logs("hello-nope", ""));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("hello-nope");
        String otherApp = "/api/v1/systems/" + system + "/apps/other/instances/" + instance + "/logs";
        assertThat(api.get(otherApp).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/systems/" + system + "/apps/nope/instances/" + instance + "/logs").json()
                .get("detail").asString()).contains("app " + system + "/nope");
    }

    @Test
    void aTailOutsideOneToTenThousandOrABadSinceIsInvalidAndTheTokenIsNeeded() {
        ApiClient.Response zero = api.get(logs("hello-any", "?tail=0"));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.contentType()).isEqualTo("application/problem+json");
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("tail");
        assertThat(api.get(logs("hello-any", "?tail=10001")).status()).isEqualTo(422);
        ApiClient.Response since = api.get(logs("hello-any", "?since=10m"));
        assertThat(since.status()).isEqualTo(422);
        assertThat(since.json().get("errors").get(0).get("field").asString()).isEqualTo("since");

        assertThat(api.send("GET", logs("hello-any", ""), null, null).status()).isEqualTo(401);
    }
}
