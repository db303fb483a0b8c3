package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.BuildViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf builds SYSTEM/APP. */
@Command(name = "builds", mixinStandardHelpOptions = true,
        description = "Lists an app's builds, newest first: state, commit, when, how long, and why it failed.")
public final class BuildsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var builds = session.api().get(ApiPaths.builds(ref.system(), ref.app()));
        session.printer().view(builds, () -> BuildViews.list(ref.toString(), builds, session.clock().instant()));
        return 0;
    }
}
