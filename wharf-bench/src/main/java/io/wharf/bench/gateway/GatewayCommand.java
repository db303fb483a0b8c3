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
        description = {"Measures Wharf's gateway and, in the same run, HAProxy (each with its default threads"
                + " unless --threads is given), both proxying to the same backends on 127.0.0.1, each loaded with the same wrk run. By default"
                + " the gateway is the full server's (./wharf up, its defaults) in front of 3 instances of a"
                + " keep-alive nginx image in Podman; --target in-process runs the gateway alone in this JVM in"
                + " front of two nginx processes. Needs scripts/setup-bench.sh.",
                "The last line is: gateway: wharf=<req/s> haproxy=<req/s> ratio=<wharf/haproxy>"
                        + " p99ratio=<wharf p99/haproxy p99> (medians of the rounds)."})
public final class GatewayCommand implements Callable<Integer> {
    @Mixin
    LoadOptions load;

    @Option(names = "--threads", defaultValue = "0", description = "proxy threads on both sides: the gateway's"
            + " event loops and HAProxy's nbthread; 0 (the default) gives HAProxy one per CPU, its own default,"
            + " and leaves the gateway at its default (one per two CPUs on io_uring, else one per CPU)")
    int threads;

    @Option(names = "--target", defaultValue = "server", converter = TargetConverter.class,
            description = "server (default): the full server as ./wharf up starts it; in-process: the gateway"
                    + " alone in this JVM")
    GatewayBenchSettings.Target target;

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
            return new GatewayBenchSettings(load.duration, load.warmup, load.rounds, threads, connections, wrkThreads, load.keep,
                    target);
        } catch (BenchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code server} or {@code in-process}, as written on the command line. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<GatewayBenchSettings.Target> {
        @Override
        public GatewayBenchSettings.Target convert(String value) {
            return switch (value) {
                case "server" -> GatewayBenchSettings.Target.SERVER;
                case "in-process" -> GatewayBenchSettings.Target.IN_PROCESS;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "--target must be server or in-process, was " + value);
            };
        }
    }
}
