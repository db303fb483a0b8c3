package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiPaths;
import java.time.Duration;
import java.util.Set;

/** Follows a build's log as it is written, then reads how the build ended. */
final class BuildFollower {
    static final Set<String> OVER = Set.of("Succeeded", "Failed", "Cancelled");
    /** The log may end a moment before the build's state is stored; this is how long that moment may be. */
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 250;
    private final Session session;
    private final AppRef ref;

    BuildFollower(Session session, AppRef ref) {
        this.session = session;
        this.ref = ref;
    }

    /** Prints each line of the log as it arrives when {@code print}; returns the build once it is over. */
    JsonNode follow(String id, boolean print) {
        session.api().streamLines(ApiPaths.buildLogs(ref.system(), ref.app(), id, true), line -> {
            if (print) {
                session.printer().line(line);
            }
        });
        return awaitOver(id);
    }

    private JsonNode awaitOver(String id) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            JsonNode build = session.api().get(ApiPaths.build(ref.system(), ref.app(), id));
            String state = build.path("state").asText();
            if (OVER.contains(state)) {
                return build;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new WaitTimeoutException("the log of build " + id + " of " + ref + " ended, but the build is "
                        + state + "; follow it again with: wharf build logs " + ref + " " + id + " -f");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaitTimeoutException("interrupted while waiting");
            }
        }
    }
}
