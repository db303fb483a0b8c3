package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import io.wharf.bench.Poll;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until an address answers an HTTP GET with 2xx or 3xx, as Wharf's readiness check wants it. */
final class HttpReady {
    /** About as often as Wharf probes an instance that is not ready yet (every 100 ms, on a 50 ms tick). */
    static final Duration INTERVAL = Duration.ofMillis(50);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private HttpReady() {
    }

    /** @param address {@code host:port} */
    static void await(String address, String path) {
        URI uri = URI.create("http://" + address + path);
        Poll.until(() -> answers(uri), TIMEOUT, INTERVAL, () -> uri + " to answer 2xx or 3xx");
    }

    private static boolean answers(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1)).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }
}
