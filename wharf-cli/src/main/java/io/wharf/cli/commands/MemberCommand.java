package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AccessViews;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf member set|list|remove: who has which role in a system. */
@Command(name = "member", mixinStandardHelpOptions = true,
        description = {"Gives users a role in a system, lists and removes them (set and remove: admin only).",
                "owner: everything in the system but members and quota; developer: deploy, scale, rollback,"
                        + " config, logs, exec; viewer: read, without secrets' values or exec."})
public final class MemberCommand {
    private static final List<String> ROLES = List.of("owner", "developer", "viewer");

    @Spec
    CommandSpec spec;

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Gives a user a role in a system, replacing the one it had there.")
    int set(@Parameters(index = "0", paramLabel = "SYSTEM") String system,
            @Parameters(index = "1", paramLabel = "USER") String user,
            @Parameters(index = "2", paramLabel = "ROLE", description = "owner, developer or viewer.") String name) {
        String role = name.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new ParameterException(spec.commandLine(), "ROLE must be one of " + String.join(", ", ROLES)
                    + ", was '" + name + "' (admin is not a role in a system: it is the admin token's)");
        }
        Session session = SessionSource.of(spec);
        var member = session.api().put(ApiPaths.member(system, user), session.object().put("role", role));
        session.printer().done(member, "user/" + user + " is " + role + " of system/" + system);
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a system's members and their roles.")
    int list(@Parameters(paramLabel = "SYSTEM") String system) {
        Session session = SessionSource.of(spec);
        var members = session.api().get(ApiPaths.members(system));
        session.printer().view(members, () -> AccessViews.members(system, members));
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Takes a user's role in a system away.")
    int remove(@Parameters(index = "0", paramLabel = "SYSTEM") String system,
               @Parameters(index = "1", paramLabel = "USER") String user) {
        Session session = SessionSource.of(spec);
        session.api().delete(ApiPaths.member(system, user));
        session.printer().done("user/" + user + " removed from system/" + system);
        return 0;
    }
}
