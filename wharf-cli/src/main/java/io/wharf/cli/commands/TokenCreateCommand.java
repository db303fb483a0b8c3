package io.wharf.cli.commands;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import io.wharf.cli.http.ApiPaths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf token create USER [--name NAME] [--expires-in-days N] */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Creates a token for a user and prints it: this is the only time it is shown,"
                + " the server keeps only its hash.", "The user logs in with it: wharf login --token-stdin."})
public final class TokenCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USER")
    String user;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "default",
            description = "What the token is for, such as laptop or ci (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--expires-in-days", paramLabel = "N",
            description = "Days until it expires, 1 to 3650 (default: the server's, 90).")
    Integer expiresInDays;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var body = session.object().put("name", name);
        if (expiresInDays != null) {
            body.put("expiresInDays", expiresInDays);
        }
        var created = session.api().post(ApiPaths.tokens(user), body);
        session.printer().view(created, () -> "token " + text(created.path("id")) + " (" + text(created.path("name"))
                + ") of user/" + user + " created; it expires at " + timestamp(created.path("expiresAt")) + "\n"
                + text(created.path("token")) + "\n"
                + "Store it now: it is not shown again (log in with it: wharf login --token-stdin).\n");
        return 0;
    }
}
