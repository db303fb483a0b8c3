package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.SystemViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf system create|list|get|delete. */
@Command(name = "system", mixinStandardHelpOptions = true,
        description = "Creates, lists, shows and deletes systems (one team's set of apps).")
public final class SystemCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a system.")
    int create(@Parameters(paramLabel = "NAME", description = "A DNS label, such as demo.") String name,
               @Option(names = "--description", paramLabel = "TEXT", description = "What the system is for.")
               String description) {
        Session session = SessionSource.of(spec);
        ObjectNode body = session.object().put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        session.printer().done(session.api().post(ApiPaths.systems(), body), "system/" + name + " created");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the systems.")
    int list() {
        Session session = SessionSource.of(spec);
        var systems = session.api().get(ApiPaths.systems());
        session.printer().view(systems, () -> SystemViews.list(systems));
        return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one system.")
    int get(@Parameters(paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        var system = session.api().get(ApiPaths.system(name));
        session.printer().view(system, () -> SystemViews.one(system));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a system; it must have no apps unless --cascade is given.")
    int delete(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--cascade", description = "Delete its apps (and stop their instances) too.")
               boolean cascade) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.system(name) + (cascade ? "?cascade=true" : ""));
        session.printer().done("system/" + name + " deleted");
        return 0;
    }
}
