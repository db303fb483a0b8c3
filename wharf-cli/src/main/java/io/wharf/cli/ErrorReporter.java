package io.wharf.cli;

import io.wharf.cli.commands.WaitTimeoutException;
import io.wharf.cli.config.Connection;
import io.wharf.cli.http.ApiException;
import io.wharf.cli.http.Problem;
import io.wharf.cli.http.UnreachableException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into "error: ..." lines on stderr and the exit code that names its kind. */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final int FORBIDDEN = 403;
    private final RootCommand root;
    private final PrintWriter err;

    ErrorReporter(RootCommand root, PrintWriter err) {
        this.root = root;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        err.println("error: " + e.getMessage());
        if (e.getMessage().startsWith("Missing required subcommand")) {
            e.getCommandLine().usage(err);
            err.flush();
            return ExitCodes.USAGE;
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        int code = report(e);
        err.flush();
        return code;
    }

    private int report(Exception e) {
        if (e instanceof ApiException api) {
            printProblem(api.problem());
            if (api.isAuthFailure()) {
                err.println("  " + tokenHint(root.connection(), api.problem().status()));
                return ExitCodes.AUTH;
            }
            return ExitCodes.REFUSED;
        }
        if (e instanceof UnreachableException u) {
            Connection c = root.connection();
            err.println("error: cannot connect to the Wharf server at " + u.server() + " (from " + c.serverSource()
                    + "): " + u.getMessage());
            err.println("  Is it running? Start it with ./wharf up, or point --server or WHARF_URL at it.");
            return ExitCodes.UNREACHABLE;
        }
        if (e instanceof UncheckedIOException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        if (e instanceof WaitTimeoutException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        err.println("error: unexpected failure: " + e);
        return ExitCodes.REFUSED;
    }

    private void printProblem(Problem problem) {
        err.println("error: " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        problem.errors().forEach(field -> err.println("  - " + field.field() + ": " + field.message()));
    }

    private static String tokenHint(Connection c, int status) {
        if (c.token() == null) {
            return "No token was sent: none in --token, WHARF_TOKEN, a login stored in " + c.config() + " or "
                    + c.tokenFile() + " (log in with wharf login --token-stdin, or use the admin token the server"
                    + " writes there on first start; pass --home if it uses another directory).";
        }
        if (status == FORBIDDEN) {
            return "The token read from " + c.tokenSource() + " was accepted, but its user may not do this:"
                    + " an admin can give it a role (wharf member set SYSTEM USER ROLE).";
        }
        return "The token sent was read from " + c.tokenSource() + "; it is wrong, expired or revoked. Log in with a"
                + " valid one (wharf login --token-stdin), or use the one in the server's $WHARF_HOME/admin.token"
                + " (via --token, WHARF_TOKEN or --home).";
    }
}
