package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiClient;
import java.time.Duration;

/**
 * Polls an app until the server reports it Available with every wanted instance ready, or a batch app
 * Succeeded; a batch app that Failed ends the wait at once.
 */
final class AppWaiter {
    private static final Duration POLL = Duration.ofMillis(250);
    private final ApiClient api;

    AppWaiter(ApiClient api) {
        this.api = api;
    }

    JsonNode awaitAvailable(AppRef ref, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode app = api.get(ref.path());
            if (isAvailable(app)) {
                return app;
            }
            if ("Failed".equals(app.path("status").path("phase").asText())) {
                throw new WaitTimeoutException("app " + ref + " Failed: " + app.path("status").path("message").asText());
            }
            if (System.nanoTime() - deadline >= 0) {
                JsonNode status = app.path("status");
                throw new WaitTimeoutException("app " + ref + " is not Available after " + describe(timeout) + ": "
                        + status.path("phase").asText("no phase") + ", "
                        + status.path("readyReplicas").asText("0") + "/" + app.path("replicas").asText("?")
                        + " ready (" + status.path("message").asText("") + ")");
            }
            sleep();
        }
    }

    static boolean isAvailable(JsonNode app) {
        JsonNode status = app.path("status");
        return "Succeeded".equals(status.path("phase").asText()) || "Available".equals(status.path("phase").asText())
                && status.path("readyReplicas").asInt(-1) == app.path("replicas").asInt(-2);
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitTimeoutException("interrupted while waiting");
        }
    }
}
