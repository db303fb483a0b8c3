package io.wharf.server.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to each operation the problem+json errors it can answer with, by what the operation takes:
 * every one can be refused (400, 401, 421); one with path names can miss (404); one with a body can be
 * too large, of the wrong type or invalid (413, 415, 422); a change can conflict (409); exec and logs
 * have their own limits. The public health check needs no token.
 */
final class ProblemResponses implements OpenApiCustomizer {
    static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getComponents().addSchemas("FieldError", new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> describe(path, method, op)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses();
        if (path.equals("/api/v1/health")) {
            op.setSecurity(List.of());
            return;
        }
        add(responses, "400", "Ambiguous path or malformed body");
        add(responses, "401", "No token, or not a valid one");
        add(responses, "403", "The caller's role does not allow this");
        add(responses, "421", "A Host this server does not answer for");
        add(responses, "404", path.contains("{") ? "Something named in the path does not exist, or the caller has no"
                + " role in its system" : "No such operation");
        boolean query = op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        if (op.getRequestBody() != null || query) {
            add(responses, "422", "Invalid input; 'errors' lists each field and what to fix");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413", "The body is larger than wharf.api.max-body-bytes");
            add(responses, "415", "The body is not application/json");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "The change conflicts with what exists");
        }
        boolean terminal = path.endsWith("/exec") && method == PathItem.HttpMethod.GET; // a WebSocket: fails after the upgrade
        if (path.endsWith("/exec") || path.endsWith("/logs")) {
            add(responses, "429", "Too many at once; retry after the Retry-After seconds");
            if (!terminal) {
                add(responses, "503", "The instance's runtime cannot do this now");
            }
        }
        if (path.endsWith("/exec") && !terminal) {
            add(responses, "504", "The command did not end in time");
        }
        sort(op);
    }

    private static void add(ApiResponses responses, String code, String description) {
        responses.computeIfAbsent(code, c -> new ApiResponse()).description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static void sort(Operation op) {
        Map<String, ApiResponse> sorted = new TreeMap<>(op.getResponses());
        ApiResponses responses = new ApiResponses();
        sorted.forEach(responses::addApiResponse);
        op.setResponses(responses);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .required(List.of("title", "status", "detail"));
    }
}
