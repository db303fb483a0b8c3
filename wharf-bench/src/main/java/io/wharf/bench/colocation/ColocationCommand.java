package io.wharf.bench.colocation;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench colocation}: an online app under steady load, alone, beside an offline CPU hog, and beside an equal one. */
@Command(name = "colocation",
        description = {"Starts the full server (./wharf up on a fresh home) and loads the online sample app (2"
                + " instances of localhost/wharf/hello:1 asking 500m CPU each) through the gateway with paced wrk"
                + " connections, in three phases: alone; beside an offline app of CPU hogs (Wharf's classes:"
                + " low cpu-shares, no CPU cap); beside the same hogs as an online app (equal weight). It prints"
                + " each phase's p99 latency and the machine's CPU utilisation from /proc/stat. Needs wrk"
                + " (scripts/setup-bench.sh).",
                "The last line is: colocation: alone_p99=<ms> classes_p99=<ms> equal_p99=<ms>"
                        + " util_alone=<%%> util_classes=<%%>"})
public final class ColocationCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--duration", defaultValue = "20", description = "seconds of load per phase (default: ${DEFAULT-VALUE})")
    int duration;

    @Option(names = "--connections", defaultValue = "8", description = "wrk connections (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--pause-ms", defaultValue = "10", description = "each connection waits this long between"
            + " requests, so the load is steady (default: ${DEFAULT-VALUE})")
    int pauseMillis;

    @Option(names = "--hogs", defaultValue = "0", description = "CPU hog instances; 0 (the default): one per CPU")
    int hogs;

    @Option(names = "--keep", description = "keep the server's home for a look")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (duration < 1 || connections < 2 || pauseMillis < 0 || hogs < 0 || hogs > 64) {
            throw new ParameterException(spec.commandLine(), "--duration must be at least 1, --connections at least"
                    + " 2, --pause-ms not negative and --hogs between 0 and 64");
        }
        int hogCount = hogs > 0 ? hogs : Runtime.getRuntime().availableProcessors();
        new ColocationBenchmark(duration, connections, pauseMillis, hogCount, keep, spec.commandLine().getOut()).run();
        return 0;
    }
}
