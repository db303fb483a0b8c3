package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ConfigViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf config set|get|diff|list|delete. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Sets, shows, compares, lists and deletes an app's config files (mounted read-only in every instance).",
        subcommands = {ConfigSetCommand.class})
public final class ConfigCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Prints a config file's content, as the app runs it or as a past revision had it.")
    int get(@Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref,
            @Parameters(index = "1", paramLabel = "NAME") String name,
            @Option(names = "--revision", paramLabel = "N", description = "A past release (default: the current one).")
            Long revision) {
        Session session = SessionSource.of(spec);
        var config = session.api().get(ApiPaths.config(ref.system(), ref.app(), name)
                + (revision == null ? "" : "?revision=" + revision));
        session.printer().view(config, () -> config.path("content").asText());
        return 0;
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Prints a unified diff of a config file between two revisions.")
    int diff(@Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref,
             @Parameters(index = "1", paramLabel = "NAME") String name,
             @Option(names = "--from", paramLabel = "N", required = true, description = "The older revision.") long from,
             @Option(names = "--to", paramLabel = "M", required = true, description = "The newer revision.") long to) {
        Session session = SessionSource.of(spec);
        String diff = session.api().getText(ApiPaths.config(ref.system(), ref.app(), name) + "/diff?from=" + from
                + "&to=" + to);
        session.printer().view(session.object().put("diff", diff), () -> diff.isEmpty()
                ? "No difference between revisions " + from + " and " + to + ".\n" : diff);
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists an app's config files, and those staged for its next release.")
    int list(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        var configs = session.api().get(ApiPaths.configs(ref.system(), ref.app()));
        session.printer().view(configs, () -> ConfigViews.list(ref.toString(), configs));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Removes a config file from an app by a new release.")
    int delete(@Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref,
               @Parameters(index = "1", paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        var deleted = session.api().delete(ApiPaths.config(ref.system(), ref.app(), name));
        session.printer().done(deleted, "config " + name + " of " + ref + " deleted in revision "
                + deleted.path("revision").asText());
        return 0;
    }
}
