package io.wharf.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** The wharf command: talks to a Wharf server over its HTTP API. */
public final class WharfCli {
    private WharfCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs one command line; returns the exit code instead of exiting, and reads settings from {@code env}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, System.in, out, err, env);
    }

    /** As above, with {@code in} as the standard input (which {@code wharf secret set --value-stdin} reads). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        RootCommand root = new RootCommand(in, out, env);
        PrintWriter errWriter = new PrintWriter(err, true);
        ErrorReporter errors = new ErrorReporter(root, errWriter);
        CommandLine cli = new CommandLine(root);
        Subcommands.addTo(cli, args);
        cli.setOut(new PrintWriter(out, true))
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        useOneVersionEverywhere(cli, cli.getCommandSpec().versionProvider());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void useOneVersionEverywhere(CommandLine command, CommandLine.IVersionProvider version) {
        for (CommandLine sub : command.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
            useOneVersionEverywhere(sub, version);
        }
    }
}
