package io.wharf.server.audit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The summary of a change: the names of the top-level fields of its JSON body, never their values. */
final class FieldNames {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldNames() {
    }

    static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            }
            List<String> names = new ArrayList<>(node.propertyNames());
            return names.isEmpty() ? "no fields" : "fields: " + String.join(", ", names);
        } catch (JacksonException notJson) {
            return "a body that is not JSON (" + body.length + " bytes)";
        }
    }
}
