package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.SecretViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf secret set|list|delete. Values are never printed: the server never sends them. */
@Command(name = "secret", mixinStandardHelpOptions = true,
        description = "Sets, lists and deletes an app's secrets (stored encrypted; a file or an env variable in the instances).",
        subcommands = {SecretSetCommand.class})
public final class SecretCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists an app's secrets: where they appear and their version, never their values.")
    int list(@Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref) {
        Session session = SessionSource.of(spec);
        var secrets = session.api().get(ApiPaths.secrets(ref.system(), ref.app()));
        session.printer().view(secrets, () -> SecretViews.list(ref.toString(), secrets));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Removes a secret from an app by a new release (stored versions stay for rollbacks).")
    int delete(@Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class) AppRef ref,
               @Parameters(index = "1", paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        var deleted = session.api().delete(ApiPaths.secret(ref.system(), ref.app(), name));
        session.printer().done(deleted, "secret " + name + " of " + ref + " deleted in revision "
                + deleted.path("revision").asText());
        return 0;
    }
}
