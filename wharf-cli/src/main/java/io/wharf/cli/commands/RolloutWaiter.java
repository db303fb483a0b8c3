package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiClient;
import io.wharf.cli.http.ApiPaths;
import java.time.Duration;
import java.util.Set;

/** Polls an app's rollout of one revision until it is over: Complete, Failed or RolledBack. */
final class RolloutWaiter {
    private static final Set<String> OVER = Set.of("Complete", "Failed", "RolledBack");
    private final ApiClient api;

    RolloutWaiter(ApiClient api) {
        this.api = api;
    }

    /** The last rollout seen; a later revision (an automatic rollback) is followed to its end too. */
    JsonNode awaitOver(AppRef ref, long revision, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode rollout = api.get(ApiPaths.rollout(ref.system(), ref.app()));
            if (rollout.path("revision").asLong() >= revision && OVER.contains(rollout.path("phase").asText())) {
                return rollout;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new WaitTimeoutException("the rollout of " + ref + " is not over after " + timeout.toSeconds()
                        + "s: " + rollout.path("phase").asText() + " (" + rollout.path("message").asText() + ")");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaitTimeoutException("interrupted while waiting");
            }
        }
    }
}
