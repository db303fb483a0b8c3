package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.SourceViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf registry login|list|logout: a system's credentials for the registries its images come from. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Stores, lists and removes a system's credentials for image registries (login and logout:"
                + " owner).", "The system's instances pull their images with them. The server stores the password"
                + " encrypted and never shows it."})
public final class RegistryCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "login", mixinStandardHelpOptions = true,
            description = {"Stores a username and password for a registry, replacing those stored for it.",
                    "The password is read from standard input: printf '%%s' \"$PASSWORD\" | wharf registry login"
                            + " demo ghcr.io --username bot --password-stdin"})
    int login(@Parameters(index = "0", paramLabel = "SYSTEM") String system,
              @Parameters(index = "1", paramLabel = "HOST",
                      description = "The registry, as image names start with it: ghcr.io, 127.0.0.1:7050.") String host,
              @Option(names = "--username", paramLabel = "USER", required = true) String username,
              @Option(names = "--password-stdin", required = true,
                      description = "Read the password from the first line of standard input (required: no option"
                              + " takes the password itself).") boolean passwordStdin) {
        String password = new StdinSecrets(spec).next("--password-stdin", "password");
        Session session = SessionSource.of(spec);
        var body = session.object().put("username", username).put("password", password);
        var stored = session.api().put(ApiPaths.registry(system, host), body);
        session.printer().done(stored, "registry " + host + " of system/" + system + ": credentials of " + username
                + " stored");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the registries a system has credentials for, and their usernames.")
    int list(@Parameters(paramLabel = "SYSTEM") String system) {
        Session session = SessionSource.of(spec);
        var registries = session.api().get(ApiPaths.registries(system));
        session.printer().view(registries, () -> SourceViews.registries(system, registries));
        return 0;
    }

    @Command(name = "logout", mixinStandardHelpOptions = true,
            description = "Removes a system's credentials for a registry: its images are pulled without them.")
    int logout(@Parameters(index = "0", paramLabel = "SYSTEM") String system,
               @Parameters(index = "1", paramLabel = "HOST") String host) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.registry(system, host));
        session.printer().done("registry " + host + " of system/" + system + ": credentials removed");
        return 0;
    }
}
