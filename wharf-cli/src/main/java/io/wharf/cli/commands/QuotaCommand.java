package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.QuotaViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf quota set|get|delete: a system's limits, counted over all its clusters. */
@Command(name = "quota", mixinStandardHelpOptions = true,
        description = "Sets, shows and removes a system's quota, counted over all clusters and releases (set and"
                + " delete: admin only).",
        subcommands = {QuotaSetCommand.class})
public final class QuotaCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Shows what a system uses of each resource, its limit and what is left.")
    int get(@Parameters(paramLabel = "SYSTEM") String system) {
        Session session = SessionSource.of(spec);
        var quota = session.api().get(ApiPaths.quota(system));
        session.printer().view(quota, () -> QuotaViews.quota(quota));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Removes a system's quota: it may use any amount again.")
    int delete(@Parameters(paramLabel = "SYSTEM") String system) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.quota(system));
        session.printer().done("quota of system/" + system + " deleted (no limits)");
        return 0;
    }
}
