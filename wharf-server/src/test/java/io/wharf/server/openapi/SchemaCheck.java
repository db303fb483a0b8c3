package io.wharf.server.openapi;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON answer against an OpenAPI schema of the document: types, required properties, and no
 * property that the schema does not declare. A null stands for an absent optional value.
 */
final class SchemaCheck {
    private final JsonNode document;
    private final List<String> problems = new ArrayList<>();

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        problems.clear();
        visit("$", value, schema);
        return List.copyOf(problems);
    }

    private void visit(String where, JsonNode value, JsonNode schema) {
        JsonNode s = resolve(schema);
        if (value.isNull() || s.isEmpty()) {
            return;
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asString() : s.path("type").asString("");
        switch (type) {
            case "object" -> object(where, value, s);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " is " + value.getNodeType() + ", documented as an array");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        visit(where + "[" + i + "]", value.get(i), s.path("items"));
                    }
                }
            }
            case "string" -> expect(where, value.isString(), value, type);
            case "integer" -> expect(where, value.isIntegralNumber(), value, type);
            case "number" -> expect(where, value.isNumber(), value, type);
            case "boolean" -> expect(where, value.isBoolean(), value, type);
            default -> {
                if (s.has("properties")) {
                    object(where, value, s);
                }
            }
        }
    }

    private void object(String where, JsonNode value, JsonNode s) {
        if (!value.isObject()) {
            problems.add(where + " is " + value.getNodeType() + ", documented as an object");
            return;
        }
        JsonNode properties = s.path("properties");
        JsonNode extra = s.path("additionalProperties");
        for (String name : value.propertyNames()) {
            if (properties.has(name)) {
                visit(where + "." + name, value.get(name), properties.get(name));
            } else if (extra.isObject()) {
                visit(where + "." + name, value.get(name), extra);
            } else if (!extra.asBoolean(false)) {
                problems.add(where + "." + name + " is in the answer but not documented");
            }
        }
        for (JsonNode required : s.path("required")) {
            if (!value.has(required.asString())) {
                problems.add(where + "." + required.asString() + " is documented as required but missing");
            }
        }
    }

    private void expect(String where, boolean ok, JsonNode value, String type) {
        if (!ok) {
            problems.add(where + " is " + value.getNodeType() + " " + value + ", documented as " + type);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asString();
            s = document.at(ref.substring(1));
        }
        return s;
    }
}
