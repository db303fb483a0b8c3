package io.wharf.cli.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a terminal's command ended, read from the Kubernetes Status the server sends last on the error
 * channel: an exit code ({@code Success} is 0; a {@code NonZeroExitCode} failure carries its code as
 * the cause {@code ExitCode}), or no exit code and the server's message saying why.
 */
public record ExecEnd(Integer exitCode, String message) {
    public static ExecEnd of(JsonNode status) {
        if ("Success".equals(status.path("status").asText())) {
            return new ExecEnd(0, null);
        }
        String message = status.path("message").asText("the command failed");
        if ("NonZeroExitCode".equals(status.path("reason").asText())) {
            for (JsonNode cause : status.path("details").path("causes")) {
                if ("ExitCode".equals(cause.path("reason").asText())) {
                    try {
                        return new ExecEnd(Integer.parseInt(cause.path("message").asText()), message);
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
        }
        return new ExecEnd(null, message);
    }
}
