package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ReleaseViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf rollout status|pause|resume|promote|abort SYSTEM/APP. */
@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = "Shows and steers the rollout of an app's current release.")
public final class RolloutCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Where the rollout stands.")
    int status(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        JsonNode rollout = session.api().get(ApiPaths.rollout(ref.system(), ref.app()));
        session.printer().view(rollout, () -> ReleaseViews.rollout(ref.toString(), rollout));
        return 0;
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stops the rollout where it is.")
    int pause(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        return steer(ref, "pause");
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Goes on with a paused rollout.")
    int resume(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        return steer(ref, "resume");
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Moves a canary to its next step (after the last: to all instances).")
    int promote(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        return steer(ref, "promote");
    }

    @Command(name = "abort", mixinStandardHelpOptions = true,
            description = "Stops the rollout and runs the revision it replaced again.")
    int abort(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        return steer(ref, "abort");
    }

    private int steer(AppRef ref, String command) {
        Session session = SessionSource.of(spec);
        JsonNode rollout = session.api().post(ApiPaths.rollout(ref.system(), ref.app()) + "/" + command,
                session.object());
        session.printer().view(rollout, () -> ReleaseViews.rollout(ref.toString(), rollout));
        return 0;
    }
}
