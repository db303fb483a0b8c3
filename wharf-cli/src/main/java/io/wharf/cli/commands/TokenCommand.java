package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AccessViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf token create|list|revoke (the platform admin's). The server never sends a token again after create. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes a user's API tokens (admin only).",
        subcommands = {TokenCreateCommand.class})
public final class TokenCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists a user's tokens and whether each is active, expired or revoked; never the tokens themselves.")
    int list(@Parameters(paramLabel = "USER") String user) {
        Session session = SessionSource.of(spec);
        var tokens = session.api().get(ApiPaths.tokens(user));
        session.printer().view(tokens, () -> AccessViews.tokens(user, tokens, session.clock().instant()));
        return 0;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revokes one of a user's tokens: the server refuses it from now on.")
    int revoke(@Parameters(index = "0", paramLabel = "USER") String user,
               @Parameters(index = "1", paramLabel = "ID", description = "The token's id, as token list shows it.")
               String id) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.token(user, id));
        session.printer().done("token " + id + " of user/" + user + " revoked");
        return 0;
    }
}
