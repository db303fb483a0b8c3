package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ClusterViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf cluster add|list|get|delete. Kubeconfigs are never printed: the server never sends them. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Registers, lists, shows and deletes the Kubernetes clusters apps can run on"
                + " (the built-in Podman cluster is named local).",
        subcommands = {ClusterAddCommand.class})
public final class ClusterCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the clusters with their health, read live from each (a few seconds at most).")
    int list() {
        Session session = SessionSource.of(spec);
        var clusters = session.api().get(ApiPaths.clusters());
        session.printer().view(clusters, () -> ClusterViews.list(clusters));
        return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one cluster and its health.")
    int get(@Parameters(paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        var cluster = session.api().get(ApiPaths.cluster(name));
        session.printer().view(cluster, () -> ClusterViews.one(cluster));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Forgets a registered cluster and its kubeconfig (local cannot be deleted).")
    int delete(@Parameters(paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.cluster(name));
        session.printer().done("cluster/" + name + " deleted");
        return 0;
    }
}
