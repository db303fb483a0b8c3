package io.wharf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wharf.cli.commands.Session;
import io.wharf.cli.commands.SessionSource;
import io.wharf.cli.config.Connection;
import io.wharf.cli.http.ApiClient;
import io.wharf.cli.output.OutputFormat;
import io.wharf.cli.output.Printer;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, "wharf": holds the options every command takes and makes the session from them. */
@Command(name = "wharf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs apps in containers on a Wharf server, and shows how they are doing.",
        footer = {"", "Exit codes: 0 done, 1 the server refused (it says why), 2 bad usage,",
                "3 server unreachable, 4 token missing or rejected."})
final class RootCommand implements SessionSource {
    private final InputStream in;
    private final PrintStream out;
    private final Map<String, String> env;
    private final ObjectMapper json = new ObjectMapper();
    private Connection connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "The server's URL (default: $WHARF_URL, else the one stored by wharf login, else the URL in"
                    + " $WHARF_HOME/api.url, else "
                    + Connection.DEFAULT_SERVER + ").")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", scope = ScopeType.INHERIT,
            description = "The API token (default: $WHARF_TOKEN, else the one stored by wharf login for this server,"
                    + " else the one in $WHARF_HOME/admin.token).")
    String token;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the server keeps api.url and admin.token (default: $WHARF_HOME, else ~/.wharf).")
    String home;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "table or json; json prints the server's answer for scripts (default: table).")
    OutputFormat output = OutputFormat.TABLE;

    RootCommand(InputStream in, PrintStream out, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.env = env;
    }

    @Override
    public Session session() {
        return session(settings());
    }

    @Override
    public Session session(String token, String tokenSource) {
        return session(settings().withToken(token, tokenSource));
    }

    @Override
    public Connection settings() {
        return Connection.resolve(server, token, home, env);
    }

    private Session session(Connection c) {
        connection = c;
        requireHttpUrl(connection);
        return new Session(new ApiClient(connection.server(), connection.token(), json),
                new Printer(out, output, json), json, Clock.systemUTC());
    }

    @Override
    public InputStream stdin() {
        return in;
    }

    @Override
    public PrintStream stdout() {
        return out;
    }

    /** The settings the last session used; null before any. */
    Connection connection() {
        return connection;
    }

    private void requireHttpUrl(Connection c) {
        URI uri;
        try {
            uri = URI.create(c.server());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean http = uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        if (!http || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "the server URL '" + c.server() + "' (from "
                    + c.serverSource() + ") is not an http:// or https:// URL such as " + Connection.DEFAULT_SERVER);
        }
    }
}
