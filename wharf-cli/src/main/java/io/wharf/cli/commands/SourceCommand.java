package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.SourceViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf source set|get|delete: the git repository an app is built from. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = {"Sets, shows and removes the git repository an app is built from (set and delete: owner).",
                "wharf build without --git builds it; a webhook builds it on each push to its ref."},
        subcommands = {SourceSetCommand.class})
public final class SourceCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Shows an app's source and its webhook URL; whether a password or webhook secret is set,"
                    + " never them.")
    int get(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        var source = session.api().get(ApiPaths.source(ref.system(), ref.app()));
        session.printer().view(source, () -> SourceViews.source(source, hookUrl(spec, ref)));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Removes an app's source, its credentials and webhook secret: webhooks build nothing more.")
    int delete(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.source(ref.system(), ref.app()));
        session.printer().done("source of " + ref + " deleted");
        return 0;
    }

    /** The address a git host posts to for this app, on the server this command talks to. */
    static String hookUrl(CommandSpec spec, AppRef ref) {
        return SessionSource.urlOf(spec, ApiPaths.hook(ref.system(), ref.app()));
    }
}
