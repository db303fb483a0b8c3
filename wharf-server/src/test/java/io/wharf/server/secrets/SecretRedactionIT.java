package io.wharf.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A secret's value reaches the instances and nothing else: no API response, no event and no line
 * of the server's log output (captured from stdout and stderr while the test runs) contains it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretRedactionIT extends AbstractRunningServerIT {
    @Test
    void aSecretValueAppearsInNoResponseEventOrLogLine(CapturedOutput output) {
        String fileValue = "file-" + UUID.randomUUID();
        String envValue = "env-" + UUID.randomUUID();
        createHello(1);
        List<ApiClient.Response> responses = new ArrayList<>();

        responses.add(api.put(appPath + "/secrets/db", "{\"value\": \"" + fileValue + "\"}"));
        responses.add(api.put(appPath + "/secrets/token", "{\"value\": \"" + envValue + "\", \"env\": \"API_TOKEN\"}"));
        responses.add(api.put(appPath + "/secrets/bad", "{\"value\": \"" + envValue + "\", \"env\": \"API_TOKEN\", \"path\": \"/x\"}"));
        responses.add(api.put(appPath + "/secrets/db", "{\"value\": \"" + fileValue + "\", \"unknown\": 1}"));
        assertThat(responses).extracting(ApiClient.Response::status).containsExactly(201, 201, 422, 400);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get(appPath + "/instances").json().valueStream()
                        .anyMatch(i -> i.get("ready").asBoolean() && i.get("revision").asLong() == 3));

        String apps = "/api/v1/systems/" + system + "/apps";
        for (String path : List.of(apps, appPath, appPath + "/releases", appPath + "/configs", appPath + "/secrets",
                appPath + "/events?limit=1000", appPath + "/instances", appPath + "/rollout", "/api/v1/systems")) {
            responses.add(api.get(path));
        }
        ApiClient.Response releases = api.get(appPath + "/releases");
        assertThat(releases.status()).as(releases.body()).isEqualTo(200);
        releases.json().valueStream().forEach(r -> responses.add(api.get(appPath + "/releases/" + r.get("revision").asLong())));
        assertThat(responses).hasSizeGreaterThan(15);

        assertThat(api.get(appPath + "/secrets").body()).contains("\"db\"", "\"token\"", "API_TOKEN");
        for (ApiClient.Response response : responses) {
            assertThat(response.body()).doesNotContain(fileValue).doesNotContain(envValue);
        }
        assertThat(output.getAll()).as("the server's log lines of this test were captured").contains(system + "/hello")
                .doesNotContain(fileValue).doesNotContain(envValue);
    }
}
