package io.wharf.bench.cli;

import io.wharf.bench.scale.ServerJar;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench cli}: how long one CLI command takes, as a user runs it, against a running server. */
@Command(name = "cli",
        description = {"Times `./wharf app list SYSTEM` (the launcher, as a user runs it) against a server of its own,"
                + " after two untimed runs.",
                "The last line is: cli: median=<seconds> (of the timed runs)."})
public final class CliCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--runs", defaultValue = "20", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--launcher", defaultValue = "wharf", description = "the launcher script (default: ${DEFAULT-VALUE},"
            + " in the directory ./wharf bench runs in)")
    Path launcher;

    @Option(names = "--server-jar", paramLabel = "JAR", description = "the Wharf server jar (default:"
            + " wharf-server/target/wharf-server.jar here or beside the wharf-bench jar's module)")
    Path serverJar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 3 || runs > 1000) {
            throw new ParameterException(spec.commandLine(), "--runs must be between 3 and 1000");
        }
        Path jar = ServerJar.resolve(serverJar, Path.of(""), ServerJar.benchJar());
        new CliBenchmark(launcher.toAbsolutePath(), jar, runs, spec.commandLine().getOut()).run();
        return 0;
    }
}
