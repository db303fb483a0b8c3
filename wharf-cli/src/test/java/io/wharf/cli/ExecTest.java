package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecTest {
    private static final String EXEC = "POST /api/v1/systems/demo/apps/hello/instances/hello-x7k2q/exec";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theCommandsOutputAndErrorArePrintedAndWharfExitsWithItsExitCode() {
        server.on(EXEC, 200, """
                {"exitCode": 3, "stdout": "out\\n", "stderr": "err\\n", "truncated": false}""");

        Result result = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "--", "/bin/sh", "-c",
                "echo out; echo err >&2; exit 3");

        assertThat(result.code()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("out\n");
        assertThat(result.err()).isEqualTo("err\n");
        FakeServer.Request request = server.onlyRequest();
        assertThat(request.authorization()).isEqualTo("Bearer t0ken");
        assertThat(Json.read(request.body())).isEqualTo(Json.read("""
                {"timeoutSeconds": 30, "command": ["/bin/sh", "-c", "echo out; echo err >&2; exit 3"]}"""));
    }

    @Test
    void argumentsThatLookLikeOptionsOrFilesAfterTheDashesAreTheCommandsAndTheTimeoutIsSentInSeconds() {
        server.on(EXEC, 200, """
                {"exitCode": 0, "stdout": "", "stderr": "", "truncated": false}""");

        Result result = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "--timeout", "2m", "--", "ls", "-l",
                "--timeout", "@args", "$HOME");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"timeoutSeconds": 120, "command": ["ls", "-l", "--timeout", "@args", "$HOME"]}"""));
    }

    @Test
    void cutOutputIsSaidOnTheErrorStream() {
        server.on(EXEC, 200, """
                {"exitCode": 0, "stdout": "xxxx", "stderr": "", "truncated": true}""");

        Result result = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "--", "cat", "big");

        assertThat(result.out()).isEqualTo("xxxx");
        assertThat(result.err()).contains("cut at 1 MiB");
    }

    @Test
    void asJsonTheServersAnswerIsPrintedAndTheExitCodeIsStillTheCommands() {
        server.on(EXEC, 200, """
                {"exitCode": 1, "stdout": "a\\n", "stderr": "b\\n", "truncated": false}""");

        Result result = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "-o", "json", "--", "false");

        assertThat(result.code()).isEqualTo(1);
        assertThat(Json.read(result.out())).isEqualTo(Json.read("""
                {"exitCode": 1, "stdout": "a\\n", "stderr": "b\\n", "truncated": false}"""));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anInstanceTheServerDoesNotKnowIsReportedWithTheServersWords() {
        server.on(EXEC, 404, """
                {"title":"Not found","status":404,"detail":"instance hello-x7k2q of app demo/hello does not exist"}""");

        Result result = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "--", "ls");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("instance hello-x7k2q of app demo/hello does not exist");
    }

    @Test
    void noCommandOrATimeoutOverFiveMinutesIsAUsageError() {
        Result none = Cli.against(server, "exec", "demo/hello", "hello-x7k2q");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("COMMAND");

        Result tooLong = Cli.against(server, "exec", "demo/hello", "hello-x7k2q", "--timeout", "6m", "--", "ls");
        assertThat(tooLong.code()).isEqualTo(2);
        assertThat(tooLong.err()).contains("--timeout must be between 1s and 5m");
        assertThat(server.requests()).isEmpty();
    }
}
