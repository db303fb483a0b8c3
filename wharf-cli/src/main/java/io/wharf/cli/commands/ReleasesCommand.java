package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ReleaseViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf releases SYSTEM/APP. */
@Command(name = "releases", mixinStandardHelpOptions = true,
        description = "Lists an app's releases, newest first: revision, when, who, how and what changed.")
public final class ReleasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var releases = session.api().get(ApiPaths.releases(ref.system(), ref.app()));
        session.printer().view(releases, () -> ReleaseViews.list(ref.toString(), releases));
        return 0;
    }
}
