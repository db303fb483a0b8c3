package io.wharf.cli.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An RFC 9457 problem as the server sends it, or the best reading of an answer that is not one. */
public record Problem(int status, String title, String detail, List<FieldError> errors) {
    private static final int MAX_BODY_SHOWN = 200;

    /** One invalid field of a request and what to fix. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    static Problem from(int status, String body, ObjectMapper json) {
        JsonNode node = readObject(body, json);
        if (node == null) {
            String text = body == null || body.isBlank() ? null : abbreviate(body.strip());
            return new Problem(status, "HTTP " + status, text, List.of());
        }
        List<FieldError> errors = node.path("errors").isArray()
                ? node.path("errors").valueStream()
                        .map(e -> new FieldError(e.path("field").asText(""), e.path("message").asText(""))).toList()
                : List.of();
        return new Problem(status, text(node, "title", "HTTP " + status), text(node, "detail", null), errors);
    }

    private static JsonNode readObject(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
    }

    static String abbreviate(String text) {
        return text.length() <= MAX_BODY_SHOWN ? text : text.substring(0, MAX_BODY_SHOWN) + "...";
    }
}
