package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AppViews;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf app create|list|get|scale|delete. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = "Creates, lists, shows, scales and deletes apps (sets of identical instances of an image).",
        subcommands = {AppCreateCommand.class, AppScaleCommand.class})
public final class AppCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the apps of a system.")
    int list(@Parameters(paramLabel = "SYSTEM") String system) {
        Session session = SessionSource.of(spec);
        var apps = session.api().get(ApiPaths.apps(system));
        session.printer().view(apps, () -> AppViews.list(system, apps));
        return 0;
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Shows an app: what it should run and how it is doing.")
    int get(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        var app = session.api().get(ref.path());
        session.printer().view(app, () -> AppViews.details(app));
        return 0;
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Prints the Kubernetes YAML Wharf applies for an app (secret values left out), for review"
                    + " or GitOps.")
    int render(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref,
               @Option(names = "--cluster", paramLabel = "CLUSTER",
                       description = "What is applied on this registered cluster for the app's share there.")
               String cluster) {
        Session session = SessionSource.of(spec);
        String query = cluster == null ? "" : "?cluster=" + URLEncoder.encode(cluster, StandardCharsets.UTF_8);
        String yaml = session.api().getText(ref.path() + "/manifests" + query, "application/yaml");
        session.printer().view(session.object().put("yaml", yaml), () -> yaml);
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes an app and stops its instances.")
    int delete(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        session.api().delete(ref.path());
        session.printer().done("app " + ref + " deleted");
        return 0;
    }
}
