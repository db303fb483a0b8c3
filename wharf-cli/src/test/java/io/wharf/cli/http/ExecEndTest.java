package io.wharf.cli.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The error channel's Status as Kubernetes and Wharf send it. */
class ExecEndTest {
    private static ExecEnd read(String json) throws Exception {
        return ExecEnd.of(new ObjectMapper().readTree(json));
    }

    @Test
    void successIsExitCodeZero() throws Exception {
        assertThat(read("{\"metadata\":{},\"status\":\"Success\"}")).isEqualTo(new ExecEnd(0, null));
    }

    @Test
    void aNonZeroExitCodeIsTheExitCodeCause() throws Exception {
        assertThat(read("""
                {"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: exit status 3",
                 "reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}""").exitCode())
                .isEqualTo(3);
    }

    @Test
    void anotherFailureHasNoExitCodeAndSaysWhy() throws Exception {
        assertThat(read("""
                {"metadata":{},"status":"Failure","message":"no input or output for 10m","reason":"Timeout"}"""))
                .isEqualTo(new ExecEnd(null, "no input or output for 10m"));
        assertThat(read("""
                {"status":"Failure","reason":"NonZeroExitCode","message":"m","details":{"causes":[{"reason":"ExitCode","message":"x"}]}}""")
                .exitCode()).isNull();
    }

    @Test
    void theWebSocketUrlFollowsTheServersScheme() {
        assertThat(TerminalSocket.webSocketUrl("http://127.0.0.1:7070")).isEqualTo("ws://127.0.0.1:7070");
        assertThat(TerminalSocket.webSocketUrl("https://wharf.example/")).isEqualTo("wss://wharf.example");
    }
}
