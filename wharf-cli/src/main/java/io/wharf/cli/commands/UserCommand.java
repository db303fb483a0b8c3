package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AccessViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf user create|list|delete (the platform admin's). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Creates, lists and deletes users (admin only); a user acts through its tokens.")
public final class UserCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a user; give it a token with wharf token create and a role with wharf member set.")
    int create(@Parameters(paramLabel = "NAME", description = "A DNS label, such as alice.") String name) {
        Session session = SessionSource.of(spec);
        var created = session.api().post(ApiPaths.users(), session.object().put("name", name));
        session.printer().done(created, "user/" + name + " created");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users.")
    int list() {
        Session session = SessionSource.of(spec);
        var users = session.api().get(ApiPaths.users());
        session.printer().view(users, () -> AccessViews.users(users));
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a user: its tokens are revoked and its roles removed at once.")
    int delete(@Parameters(paramLabel = "NAME") String name) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.user(name));
        session.printer().done("user/" + name + " deleted (its tokens revoked, its roles removed)");
        return 0;
    }
}
