package io.wharf.bench;

import io.wharf.bench.build.BuildCommand;
import io.wharf.bench.cli.CliCommand;
import io.wharf.bench.colocation.ColocationCommand;
import io.wharf.bench.dns.DnsCommand;
import io.wharf.bench.gateway.GatewayCommand;
import io.wharf.bench.placement.PlacementCommand;
import io.wharf.bench.scale.ScaleCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Wharf's benchmarks against real peers, measured in the same run. They print their numbers and
 * never fail on one: the exit code is 0 when the run completed, whatever the result.
 */
@Command(name = "wharf-bench",
        description = "Benchmarks of Wharf against real peers (run them with ./wharf bench NAME).",
        subcommands = {ScaleCommand.class, GatewayCommand.class, DnsCommand.class, BuildCommand.class,
            CliCommand.class, PlacementCommand.class, ColocationCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every benchmark, and a short message instead of a stack trace on failure. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BenchException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark, for example: scale");
    }
}
