package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.output.ReleaseViews;
import java.time.Duration;
import picocli.CommandLine.Option;

/** --wait and --timeout of the commands that make a release: wait for its rollout to be over. */
public final class ReleaseWait {
    @Option(names = "--wait", description = "Wait until the rollout is over; exit code 1 unless it is Complete"
            + " (a rollback: RolledBack).")
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
            converter = WaitOptions.DurationConverter.class,
            description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** @return the exit code */
    int finish(Session session, AppRef ref, JsonNode release, boolean rollback) {
        String message = "revision " + release.path("revision").asText() + " of " + ref + " released: "
                + release.path("summary").asText();
        if (!wait) {
            session.printer().done(release, message);
            return 0;
        }
        session.printer().done(message);
        JsonNode rollout = new RolloutWaiter(session.api()).awaitOver(ref, release.path("revision").asLong(), timeout);
        session.printer().view(rollout, () -> ReleaseViews.rollout(ref.toString(), rollout));
        String phase = rollout.path("phase").asText();
        boolean wanted = rollout.path("revision").asLong() == release.path("revision").asLong()
                && phase.equals(rollback ? "RolledBack" : "Complete");
        return wanted ? 0 : 1;
    }
}
