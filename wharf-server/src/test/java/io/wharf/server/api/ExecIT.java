package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Commands run in real Podman containers through the API: the result, the errors, and what is logged. */
@ExtendWith(OutputCaptureExtension.class)
class ExecIT extends AbstractRunningServerIT {
    private static final String SECRET = "s3cr3t-Pa55";

    private String readyInstance() {
        createHello(1);
        return await().atMost(Duration.ofSeconds(15)).until(this::readyIds, ids -> ids.size() == 1).iterator().next();
    }

    private String exec(String instance) {
        return appPath + "/instances/" + instance + "/exec";
    }

    @Test
    void aCommandGivesBackItsExitCodeAndBothStreamsAndNeitherIsLogged(CapturedOutput output) {
        String instance = readyInstance();

        ApiClient.Response response = api.post(exec(instance), """
                {"command": ["/bin/sh", "-c", "echo out %s; echo err >&2; exit 3"], "timeoutSeconds": 10}"""
                .formatted(SECRET));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode result = response.json();
        assertThat(result.get("exitCode").asInt()).isEqualTo(3);
        assertThat(result.get("stdout").asString()).isEqualTo("out " + SECRET + "\n");
        assertThat(result.get("stderr").asString()).isEqualTo("err\n");
        assertThat(result.get("truncated").asBoolean()).isFalse();
        assertThat(output.getAll()).contains("exec in " + system + "/hello instance " + instance + ": 3 arguments, exit code 3")
                .doesNotContain(SECRET);
    }

    @Test
    void theArgumentsReachTheProgramAsTheyAreWithNoShellInBetween() {
        String instance = readyInstance();

        ApiClient.Response response = api.post(exec(instance), """
                {"command": ["echo", "$HOME", "a;b", "`id`", "two words"]}""");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("stdout").asString()).isEqualTo("$HOME a;b `id` two words\n");
        assertThat(response.json().get("exitCode").asInt()).isZero();
    }

    @Test
    void pastEightCommandsAtOnceTheNextAreTooManyRequestsWithATimeToRetryAfter() throws Exception {
        String instance = readyInstance();
        String sleep = "{\"command\": [\"sleep\", \"6\"], \"timeoutSeconds\": 20}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<ApiClient.Response>> calls = new java.util.ArrayList<>();

        for (int i = 0; i < 12; i++) {
            calls.add(pool.submit(() -> api.post(exec(instance), sleep)));
        }
        List<ApiClient.Response> answers = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<ApiClient.Response> call : calls) {
            answers.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(8);
        assertThat(answers).filteredOn(a -> a.status() == 429).hasSize(4)
                .allSatisfy(a -> assertThat(a.json().get("detail").asString()).contains("retry after 5 s"));
        assertThat(api.post(exec(instance), "{\"command\": [\"true\"]}").status()).isEqualTo(200);
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsAGatewayTimeoutThatSaysSo() {
        String instance = readyInstance();

        ApiClient.Response response = api.post(exec(instance), """
                {"command": ["sleep", "30"], "timeoutSeconds": 1}""");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(instance, "within 1s");
    }

    @Test
    void anUnknownInstanceOrAnInstanceOfAnotherAppOrAnUnknownAppIsNotFound() {
        String instance = readyInstance();
        assertThat(api.post("/api/v1/systems/" + system + "/apps",
                "{\"name\": \"other\", \"image\": \"localhost/wharf/hello:1\", \"replicas\": 0}").status()).isEqualTo(201);
        String ls = "{\"command\": [\"ls\"]}";

        ApiClient.Response unknown = api.post(exec("hello-nope"), ls);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("hello-nope");
        assertThat(api.post("/api/v1/systems/" + system + "/apps/other/instances/" + instance + "/exec", ls).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/systems/" + system + "/apps/nope/instances/" + instance + "/exec", ls).json()
                .get("detail").asString()).contains("app " + system + "/nope");
    }

    @Test
    void aBadCommandOrTimeoutIsInvalidNamingTheFieldAndTheTokenIsNeeded() {
        ApiClient.Response empty = api.post(exec("hello-any"), "{\"command\": [], \"timeoutSeconds\": 0}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).isEqualTo("application/problem+json");
        assertThat(empty.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("command", "timeoutSeconds");
        assertThat(api.post(exec("hello-any"), "{\"timeoutSeconds\": 30}").status()).isEqualTo(422);
        ApiClient.Response tooLong = api.post(exec("hello-any"), "{\"command\": [\"ls\"], \"timeoutSeconds\": 301}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("timeoutSeconds");
        ApiClient.Response nul = api.post(exec("hello-any"), "{\"command\": [\"echo\", \"a\\u0000b\"]}");
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.json().get("errors").get(0).get("message").asString()).contains("NUL");

        assertThat(api.send("POST", exec("hello-any"), "{\"command\": [\"ls\"]}", null).status()).isEqualTo(401);
    }
}
