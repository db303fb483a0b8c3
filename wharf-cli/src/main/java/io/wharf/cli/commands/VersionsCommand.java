package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.VersionViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf versions SYSTEM/APP. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"Lists an app's versions, newest first: the images its builds pushed, by digest, and the"
                + " commits they were built from.", "Deploy one with: wharf deploy SYSTEM/APP --version ID"})
public final class VersionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var versions = session.api().get(ApiPaths.versions(ref.system(), ref.app()));
        session.printer().view(versions, () -> VersionViews.list(ref.toString(), versions));
        return 0;
    }
}
