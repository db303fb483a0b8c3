package io.wharf.server.terminal;

import io.wharf.engine.runtime.TerminalSize;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The resize channel's message, {@code {"Width": 100, "Height": 30}}, as Kubernetes' TerminalSize is sent. */
final class ResizeMessage {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResizeMessage() {
    }

    /**
     * The size asked for; empty for a size of 0 (a client that does not know its size yet). Fails with
     * {@link IllegalArgumentException} saying what is wrong with anything else that is not a size.
     */
    static Optional<TerminalSize> parse(byte[] json) {
        JsonNode size;
        try {
            size = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("a resize message must be JSON such as {\"Width\":80,\"Height\":24}");
        }
        int width = dimension(size, "Width");
        int height = dimension(size, "Height");
        if (width == 0 || height == 0) {
            return Optional.empty();
        }
        return Optional.of(new TerminalSize(width, height));
    }

    private static int dimension(JsonNode size, String name) {
        JsonNode value = size.path(name);
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > TerminalSize.MAX) {
            throw new IllegalArgumentException("a resize message needs " + name + " as a whole number from 0 to "
                    + TerminalSize.MAX + ", such as {\"Width\":80,\"Height\":24}");
        }
        return value.asInt();
    }
}
