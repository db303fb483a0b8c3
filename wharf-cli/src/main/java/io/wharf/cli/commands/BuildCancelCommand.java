package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf build cancel SYSTEM/APP ID. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancels a queued or running build: it ends Cancelled and records no version.")
public final class BuildCancelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "ID", description = "The build, as wharf builds lists them.")
    String id;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var build = session.api().post(ApiPaths.buildCancel(ref.system(), ref.app(), id), session.object());
        String state = build.path("state").asText("");
        session.printer().done(build, "build " + id + " of " + ref + ": cancel requested"
                + (state.isEmpty() ? "" : " (" + state + ")"));
        return 0;
    }
}
