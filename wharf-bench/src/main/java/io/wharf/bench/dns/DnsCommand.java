package io.wharf.bench.dns;

import io.wharf.bench.BenchException;
import io.wharf.bench.LoadOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench dns}: Wharf's authoritative DNS server against Knot DNS answering the same names. */
@Command(name = "dns",
        description = {"Measures Wharf's DNS server (in this JVM) and, in the same run, knotd with a zone of the"
                + " same names, both on 127.0.0.1, each loaded with the same dnsperf run of A queries."
                + " Needs scripts/setup-bench.sh.",
                "The last line is: dns: wharf=<qps> knot=<qps> ratio=<wharf/knot> (medians of the rounds)."})
public final class DnsCommand implements Callable<Integer> {
    @Mixin
    LoadOptions load;

    @Option(names = "--threads", defaultValue = "1", description = "server threads of both: Wharf's DNS workers"
            + " and Knot's udp-, tcp- and background-workers (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--names", defaultValue = "1000", description = "apps app0..appN-1, one A query each"
            + " (default: ${DEFAULT-VALUE})")
    int names;

    @Option(names = "--clients", defaultValue = "8", description = "dnsperf clients (-c) (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--outstanding", defaultValue = "500", description = "dnsperf queries in flight (-q)"
            + " (default: ${DEFAULT-VALUE})")
    int outstanding;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new DnsBenchmark(settings(), spec.commandLine().getOut()).run();
        return 0;
    }

    /** The options as settings; a usage error (exit code 2) if one is out of range. */
    DnsBenchSettings settings() {
        try {
            return new DnsBenchSettings(load.duration, load.warmup, load.rounds, threads, names, clients, outstanding, load.keep);
        } catch (BenchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
