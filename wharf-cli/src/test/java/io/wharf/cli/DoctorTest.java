package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DoctorTest {
    private static final String DIAGNOSIS = "GET /api/v1/systems/demo/apps/hello/diagnosis";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachFindingShowsItsReasonMessageEvidenceAndWhatToDoAndTheExitCodeIsOne() {
        server.on(DIAGNOSIS, 200, """
                {"system":"demo","app":"hello","phase":"Degraded","message":"0/1 instances ready",
                 "checkedAt":"2026-01-31T12:01:00Z","findings":[
                  {"reason":"OOMKilled","message":"OOMKilled at 16Mi: raise resources.memory",
                   "evidence":["instance hello-b was killed at 12:00:15Z (exit code 137); last lines: allocating"],
                   "action":"deploy a release with resources.memory above 16Mi"},
                  {"reason":"HealthCheckFailing",
                   "message":"instance hello-c: health check GET /healthz on port 8080 answered 503 for 40 s (last at 12:00:50Z)",
                   "evidence":["instance hello-c: health check GET /healthz on port 8080 answered 503 for 40 s (last at 12:00:50Z)"],
                   "action":"the app says it is not healthy (503): read its log (wharf logs SYSTEM/APP)"}]}""");

        Result result = Cli.against(server, "doctor", "demo/hello");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                demo/hello is Degraded: 0/1 instances ready

                OOMKilled: OOMKilled at 16Mi: raise resources.memory
                    instance hello-b was killed at 12:00:15Z (exit code 137); last lines: allocating
                  what to do: deploy a release with resources.memory above 16Mi

                HealthCheckFailing: instance hello-c: health check GET /healthz on port 8080 answered 503 for 40 s (last at 12:00:50Z)
                    instance hello-c: health check GET /healthz on port 8080 answered 503 for 40 s (last at 12:00:50Z)
                  what to do: the app says it is not healthy (503): read its log (wharf logs SYSTEM/APP)
                """);
    }

    @Test
    void anAppWithNothingToExplainSaysSoAndTheExitCodeIsZero() {
        server.on(DIAGNOSIS, 200, """
                {"system":"demo","app":"hello","phase":"Available","message":"2/2 instances ready",
                 "checkedAt":"2026-01-31T12:01:00Z","findings":[]}""");

        Result result = Cli.against(server, "doctor", "demo/hello");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("demo/hello is Available: 2/2 instances ready\nnothing to explain\n");
    }

    @Test
    void jsonOutputIsTheServersAnswerWithTheSameExitCode() {
        server.on(DIAGNOSIS, 200, """
                {"phase":"Progressing","message":"0/1 instances ready","findings":[{"reason":"Progressing",
                 "message":"m","evidence":[],"action":"a"}]}""");

        Result result = Cli.against(server, "doctor", "demo/hello", "-o", "json");

        assertThat(result.code()).isEqualTo(1);
        assertThat(Json.read(result.out()).get("findings").get(0).get("reason").asText()).isEqualTo("Progressing");
    }

    @Test
    void anUnknownAppIsTheServersRefusal() {
        server.on(DIAGNOSIS, 404, "application/problem+json", """
                {"title":"Not Found","status":404,"detail":"app demo/hello does not exist"}""");

        Result result = Cli.against(server, "doctor", "demo/hello");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("app demo/hello does not exist");
    }

    @Test
    void helpSaysWhatTheExitCodesMean() {
        Result result = Cli.run(Map.of(), "doctor", "--help");

        assertThat(result.out()).contains("Exits 0 when there is nothing to explain, 1 when there are findings");
    }
}
