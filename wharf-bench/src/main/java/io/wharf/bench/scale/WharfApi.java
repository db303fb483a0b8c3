package io.wharf.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wharf.bench.BenchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Wharf's HTTP API, the calls this benchmark makes, with the admin token. */
public final class WharfApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final String token;

    WharfApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Whether the server at {@code base} answers its health check (which needs no token). */
    static boolean healthy(String base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }

    public JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    public JsonNode post(String path, String json) {
        return send("POST", path, json, 201);
    }

    public JsonNode put(String path, String json) {
        return send("PUT", path, json, 200);
    }

    public void delete(String path) {
        send("DELETE", path, null, 204);
    }

    /** Reads a streamed answer (such as a followed log) to its end, as a client that shows it would. */
    public void follow(String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new BenchException("GET " + path + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new BenchException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }

    /** Any call, answered with {@code expected} or a {@link BenchException}. */
    public JsonNode send(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new BenchException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }
}
