package io.wharf.cli.commands;

import io.wharf.cli.config.ConfigFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** wharf logout: forgets the stored login; the token itself stays valid until revoked or expired. */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = {"Removes the server and token that wharf login stored.",
                "The token stays valid on the server until it expires or an admin revokes it (wharf token revoke)."})
public final class LogoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SessionSource root = SessionSource.root(spec);
        ConfigFile config = new ConfigFile(root.settings().config());
        boolean removed = config.remove();
        root.session().printer().done(removed ? "logged out: removed the token stored in " + config.path()
                : "not logged in: no token stored in " + config.path());
        return 0;
    }
}
