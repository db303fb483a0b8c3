package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Status of the error channel, as a Kubernetes client (fabric8's parseExitCode, kubectl) reads it. */
class ExecStatusTest {
    private static JsonNode read(byte[] status) {
        return JsonMapper.builder().build().readTree(new String(status, StandardCharsets.UTF_8));
    }

    @Test
    void exitCodeZeroIsSuccess() {
        assertThat(read(ExecStatus.exited(0))).isEqualTo(read("{\"metadata\":{},\"status\":\"Success\"}"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anotherExitCodeIsANonZeroExitCodeFailureWithTheCodeAsItsExitCodeCause() {
        JsonNode status = read(ExecStatus.exited(3));

        assertThat(status.path("status").asString()).isEqualTo("Failure");
        assertThat(status.path("reason").asString()).isEqualTo("NonZeroExitCode");
        assertThat(status.at("/details/causes/0/reason").asString()).isEqualTo("ExitCode");
        assertThat(status.at("/details/causes/0/message").asString()).isEqualTo("3");
        assertThat(status.path("message").asString()).contains("exit status 3");
    }

    @Test
    void aFailureThatIsNotTheCommandsHasItsReasonAndMessageAndNoExitCode() {
        JsonNode status = read(ExecStatus.failed("Timeout", "no input or output for 10m"));

        assertThat(status.path("status").asString()).isEqualTo("Failure");
        assertThat(status.path("reason").asString()).isEqualTo("Timeout");
        assertThat(status.path("message").asString()).isEqualTo("no input or output for 10m");
        assertThat(status.has("details")).isFalse();
    }
}
