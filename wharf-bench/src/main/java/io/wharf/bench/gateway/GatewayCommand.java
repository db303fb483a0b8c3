package io.wharf.bench.gateway;

import io.wharf.bench.BenchException;
import io.wharf.bench.LoadOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench gateway}: Wharf's HTTP gateway against HAProxy in front of the same nginx backends. */
@Command(name = "gateway",
        description = {"Measures Wharf's gateway (in this JVM) and, in the same run, HAProxy with the same"
                + " number of threads, both proxying to the same two nginx backends on 127.0.0.1, each loaded"
                + " with the same wrk run. Needs scripts/setup-bench.sh.",
                "The last line is: gateway: wharf=<req/s> haproxy=<req/s> ratio=<wharf/haproxy>"
                        + " p99ratio=<wharf p99/haproxy p99> (medians of the rounds)."})
public final class GatewayCommand implements Callable<Integer> {
    @Mixin
    LoadOptions load;

    @Option(names = "--threads", defaultValue = "1", description = "proxy threads on both sides: the gateway's"
            + " workerThreads and HAProxy's nbthread (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--connections", defaultValue = "64", description = "wrk connections (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--wrk-threads", defaultValue = "2", description = "wrk threads (default: ${DEFAULT-VALUE})")
    int wrkThreads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new GatewayBenchmark(settings(), spec.commandLine().getOut()).run();
        return 0;
    }

    /** The options as settings; a usage error (exit code 2) if one is out of range. */
    GatewayBenchSettings settings() {
        try {
            return new GatewayBenchSettings(load.duration, load.warmup, load.rounds, threads, connections, wrkThreads, load.keep);
        } catch (BenchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
