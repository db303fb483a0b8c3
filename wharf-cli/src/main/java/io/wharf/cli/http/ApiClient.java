package io.wharf.cli.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Calls the Wharf HTTP API with the token: returns the JSON body of a 2xx answer, throws
 * {@link ApiException} for any other status and {@link UnreachableException} when there is no answer.
 */
public final class ApiClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    private final String server;
    private final String token;
    private final ObjectMapper json;

    /** {@code token} may be null: the request then goes without one and the server says what it thinks. */
    public ApiClient(String server, String token, ObjectMapper json) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.token = token;
        this.json = json;
    }

    public JsonNode get(String path) {
        return send("GET", path, null, ANSWER_TIMEOUT);
    }

    /** A plain text answer, such as a diff. */
    public String getText(String path) {
        return getText(path, "text/plain");
    }

    /** A text answer of the given media type, such as application/yaml. */
    public String getText(String path, String mediaType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Accept", mediaType + ", application/problem+json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(Problem.from(response.statusCode(), response.body(), json));
        }
        return response.body();
    }

    /**
     * A text answer handed to {@code line} one line at a time, as each arrives, such as a followed build log.
     * The answer's headers must come within the usual minute; the body may take as long as it takes.
     */
    public void streamLines(String path, Consumer<String> line) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Accept", "text/plain, application/problem+json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<Stream<String>> response = exchange(request.build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(Problem.from(response.statusCode(), lines.collect(Collectors.joining("\n")), json));
            }
            lines.forEach(line);
        } catch (UncheckedIOException e) {
            throw new UnreachableException(server, e.getCause());
        }
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body, ANSWER_TIMEOUT);
    }

    /** A POST whose answer may take longer than the usual minute, such as a command run on the server's side. */
    public JsonNode post(String path, JsonNode body, Duration answerTimeout) {
        return send("POST", path, body, answerTimeout);
    }

    public JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body, ANSWER_TIMEOUT);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null, ANSWER_TIMEOUT);
    }

    private JsonNode send(String method, String path, JsonNode body, Duration answerTimeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(answerTimeout)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(Problem.from(response.statusCode(), response.body(), json));
        }
        return parse(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        return exchange(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UnreachableException(server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException(server, new IOException("interrupted while waiting for the answer", e));
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(new Problem(200, "Unreadable answer",
                    "the server answered with something that is not JSON: " + Problem.abbreviate(body), List.of()));
        }
    }
}
