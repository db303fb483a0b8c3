package io.wharf.runtime.podman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;

/** Readable messages from Docker API failures, whose message is the JSON error body. */
final class DockerErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerErrors() {
    }

    /** The server's own message ({@code {"message": ...}}) when there is one, else the exception's. */
    static String message(Throwable error) {
        String raw = error.getMessage();
        if (raw == null) {
            return error.getClass().getSimpleName();
        }
        if (error instanceof DockerException) {
            int brace = raw.indexOf('{');
            if (brace >= 0) {
                try {
                    JsonNode body = JSON.readTree(raw.substring(brace));
                    if (body.hasNonNull("message")) {
                        return body.get("message").asText();
                    }
                } catch (JsonProcessingException notJson) {
                    return raw.trim();
                }
            }
        }
        return raw.trim();
    }

    /** Podman 4 answers 500 "no such container" instead of 404 for a container being removed. */
    static boolean isNoSuchContainer(Throwable error) {
        return error instanceof DockerException && message(error).toLowerCase(java.util.Locale.ROOT)
                .contains("no such container");
    }
}
