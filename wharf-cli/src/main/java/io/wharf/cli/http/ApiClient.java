package io.wharf.cli.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Calls the Wharf HTTP API with the token: returns the JSON body of a 2xx answer, throws
 * {@link ApiException} for any other status and {@link UnreachableException} when there is no answer.
 * On {@link HttpURLConnection}, which a short-lived command starts much faster than java.net.http's
 * client (no selector thread, no TLS set-up for a plain http:// server).
 */
public final class ApiClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
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
        HttpURLConnection connection = open("GET", path, mediaType + ", application/problem+json", ANSWER_TIMEOUT);
        try {
            int status = connection.getResponseCode();
            String answer = read(status, connection);
            if (status / 100 != 2) {
                throw new ApiException(Problem.from(status, answer, json));
            }
            return answer;
        } catch (IOException e) {
            throw new UnreachableException(server, e);
        } finally {
            connection.disconnect();
        }
    }

    /**
     * A text answer handed to {@code line} one line at a time, as each arrives, such as a followed build log.
     * The body may take as long as it takes.
     */
    public void streamLines(String path, Consumer<String> line) {
        HttpURLConnection connection = open("GET", path, "text/plain, application/problem+json", Duration.ZERO);
        try {
            int status = connection.getResponseCode();
            if (status / 100 != 2) {
                throw new ApiException(Problem.from(status, read(status, connection), json));
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                    line.accept(next);
                }
            }
        } catch (IOException e) {
            throw new UnreachableException(server, e);
        } finally {
            connection.disconnect();
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
        HttpURLConnection connection = open(method, path, "application/json, application/problem+json", answerTimeout);
        try {
            if (body != null) {
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            } else if (!method.equals("GET") && !method.equals("DELETE")) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(0);
                connection.getOutputStream().close();
            }
            int status = connection.getResponseCode();
            String answer = read(status, connection);
            if (status / 100 != 2) {
                throw new ApiException(Problem.from(status, answer, json));
            }
            return parse(answer);
        } catch (IOException e) {
            throw new UnreachableException(server, e);
        } finally {
            connection.disconnect();
        }
    }

    /** @param answerTimeout zero: wait for the answer as long as it takes */
    private HttpURLConnection open(String method, String path, String accept, Duration answerTimeout) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(server + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) answerTimeout.toMillis());
            connection.setUseCaches(false);
            connection.setRequestProperty("Accept", accept);
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreachableException(server, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private static String read(int status, HttpURLConnection connection) throws IOException {
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
