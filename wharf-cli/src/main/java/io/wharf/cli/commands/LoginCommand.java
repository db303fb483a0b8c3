package io.wharf.cli.commands;

import io.wharf.cli.config.ConfigFile;
import io.wharf.cli.config.Connection;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AccessViews;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** wharf login (--token TOKEN | --token-stdin) [--server URL] */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Checks a token with the server and stores the server and the token in the CLI's config file"
                + " ($XDG_CONFIG_HOME/wharf/config.json, else ~/.config/wharf/config.json; mode 0600).",
                "Later commands send it to that server unless --token or WHARF_TOKEN names another."
                        + " A token the server refuses is not stored."})
public final class LoginCommand implements Callable<Integer> {
    private static final String FLAG = "--token";

    @Spec
    CommandSpec spec;

    @Option(names = "--token-stdin",
            description = "Read the token from the first line of standard input, so that it stays out of the shell history.")
    boolean tokenStdin;

    @Override
    public Integer call() {
        SessionSource root = SessionSource.root(spec);
        Connection settings = root.settings();
        boolean flag = FLAG.equals(settings.tokenSource());
        if (tokenStdin == flag) {
            throw new ParameterException(spec.commandLine(), flag ? "give the token with --token or --token-stdin, not both"
                    : "give the token to log in with: --token-stdin to read it from standard input, or --token TOKEN");
        }
        String token = flag ? settings.token() : firstLine();
        Session session = root.session(token, flag ? FLAG : "standard input");
        var whoami = session.api().get(ApiPaths.whoami());
        ConfigFile config = new ConfigFile(settings.config());
        config.store(new ConfigFile.Login(settings.server(), token));
        session.printer().view(whoami, () -> "logged in as " + AccessViews.identity(whoami) + " at "
                + settings.server() + "\nthe token is stored in " + config.path()
                + " (only you can read it); wharf logout removes it\n");
        return 0;
    }

    private String firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(SessionSource.stdin(spec), StandardCharsets.UTF_8))
                    .readLine();
            if (line == null || line.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--token-stdin found no token on standard input");
            }
            return line.strip();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read standard input: " + e.getMessage(), e, null, null);
        }
    }
}
