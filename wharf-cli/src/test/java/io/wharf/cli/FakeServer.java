package io.wharf.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server in the test's JVM that stands in for Wharf: it records each request and answers
 * with the responses the test gave for "METHOD /path", in order, repeating the last one.
 */
public final class FakeServer implements AutoCloseable {
    public record Request(String method, String path, String authorization, String contentType, String body) {
    }

    private record Response(int status, String contentType, String body) {
    }

    /** A chunked text answer that the test writes a line at a time, as a followed log is written. */
    public static final class LineStream {
        private static final Duration PATIENCE = Duration.ofSeconds(30);
        private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

        public void send(String line) {
            lines.add(Optional.of(line));
        }

        public void end() {
            lines.add(Optional.empty());
        }

        /** Writes lines as they are sent until the end, or until none came for a long while. */
        void writeTo(OutputStream body) throws IOException {
            try {
                Optional<String> line = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                while (line != null && line.isPresent()) {
                    body.write((line.get() + "\n").getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    line = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Response>> responses = new ConcurrentHashMap<>();
    private final Map<String, LineStream> streams = new ConcurrentHashMap<>();
    private final Map<String, LineStream> prefixStreams = new ConcurrentHashMap<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-server");
        thread.setDaemon(true);
        return thread;
    });

    public FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers "METHOD path" (the path with its query) with a JSON body; call again to queue the next answer. */
    public FakeServer on(String methodAndPath, int status, String json) {
        String type = status >= 400 ? "application/problem+json" : "application/json";
        return on(methodAndPath, status, type, json);
    }

    public FakeServer on(String methodAndPath, int status, String contentType, String body) {
        responses.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(new Response(status, contentType, body));
        return this;
    }

    /** Answers "METHOD path" with 200 and a chunked text body that the returned stream writes. */
    public LineStream onStream(String methodAndPath) {
        LineStream stream = new LineStream();
        streams.put(methodAndPath, stream);
        return stream;
    }

    /** As {@link #onStream} for every path that starts with {@code methodAndPathPrefix}, when none matches exactly. */
    public LineStream onStreamStartingWith(String methodAndPathPrefix) {
        LineStream stream = new LineStream();
        prefixStreams.put(methodAndPathPrefix, stream);
        return stream;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        String key = exchange.getRequestMethod() + " " + path;
        LineStream stream = streams.getOrDefault(key, prefixStreams.entrySet().stream()
                .filter(e -> key.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null));
        if (stream != null) {
            exchange.getResponseHeaders().add("Content-Type", "text/plain;charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            stream.writeTo(exchange.getResponseBody());
            exchange.close();
            return;
        }
        Response response = next(exchange.getRequestMethod() + " " + path);
        byte[] bytes = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        if (response.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Response next(String key) {
        Deque<Response> queue = responses.get(key);
        if (queue == null || queue.isEmpty()) {
            return new Response(404, "application/problem+json",
                    "{\"title\":\"Not found\",\"status\":404,\"detail\":\"the fake server has no answer for " + key + "\"}");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
