package io.wharf.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A backend HTTP server that answers its own name, and for a body its length and SHA-256. */
final class TestBackend implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    final String name;
    final AtomicInteger hits = new AtomicInteger();
    final AtomicReference<String> lastForwardedFor = new AtomicReference<>();
    final AtomicReference<String> lastForwardedHost = new AtomicReference<>();
    /** Every request this server parsed: method, path, Host and body length. */
    final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    TestBackend(String name) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    Backend backend() {
        return new Backend(name, "127.0.0.1", server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        lastForwardedFor.set(exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
        lastForwardedHost.set(exchange.getRequestHeaders().getFirst("X-Forwarded-Host"));
        String answer = name;
        long length = 0;
        try (InputStream in = exchange.getRequestBody()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                length += n;
            }
            if (length > 0) {
                answer = name + " " + length + " " + HexFormat.of().formatHex(sha.digest());
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " host="
                + exchange.getRequestHeaders().getFirst("Host") + " body=" + length);
        exchange.getResponseHeaders().set("X-Path", exchange.getRequestURI().getPath());
        if (exchange.getRequestURI().getPath().equals("/stream")) {
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 1000; i++) {
                exchange.getResponseBody().write((name + " line " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            exchange.close();
            return;
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
