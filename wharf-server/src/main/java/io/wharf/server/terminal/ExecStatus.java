package io.wharf.server.terminal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a terminal's command ended, as the JSON Status Kubernetes sends on the error channel of
 * {@code v4.channel.k8s.io}: {@code Success}; a {@code NonZeroExitCode} failure whose cause
 * {@code ExitCode} holds the code; or another failure with a reason and a message (no exit code).
 */
final class ExecStatus {
    static final String NON_ZERO_EXIT_CODE = "NonZeroExitCode";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExecStatus() {
    }

    static byte[] exited(int exitCode) {
        if (exitCode == 0) {
            return write(base("Success"));
        }
        Map<String, Object> status = base("Failure");
        status.put("message", "command terminated with non-zero exit code: exit status " + exitCode);
        status.put("reason", NON_ZERO_EXIT_CODE);
        status.put("details", Map.of("causes", List.of(Map.of("reason", "ExitCode", "message",
                Integer.toString(exitCode)))));
        return write(status);
    }

    /** A failure that is not the command's: {@code reason} is a Kubernetes StatusReason such as {@code NotFound}. */
    static byte[] failed(String reason, String message) {
        Map<String, Object> status = base("Failure");
        status.put("message", message);
        status.put("reason", reason);
        return write(status);
    }

    private static Map<String, Object> base(String outcome) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("metadata", Map.of());
        status.put("status", outcome);
        return status;
    }

    private static byte[] write(Map<String, Object> status) {
        return JSON.writeValueAsString(status).getBytes(StandardCharsets.UTF_8);
    }
}
