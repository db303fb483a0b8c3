package io.wharf.bench.placement;

import io.wharf.engine.colocation.ClassAwarePolicy;
import io.wharf.engine.colocation.FirstFitPolicy;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench placement}: JDOS 1.0's placement against Wharf's class-aware placement over one day. */
@Command(name = "placement",
        description = {"Simulates one seeded day on simulated nodes: online services following a daily load"
                + " curve and offline batch jobs arriving over the day, placed (a) by JDOS 1.0's rule (first fit"
                + " on free resources, no overcommit) and (b) by Wharf's class-aware placement (offline work in"
                + " what online work leaves idle, evicted newest first when online work needs the room), with the"
                + " placement code of wharf-engine's colocation package.",
                "The last line is: placement: util_jdos1=<%%> util_wharf=<%%> gain=<x> online_violations=<n>"
                        + " (Wharf's)."})
public final class PlacementCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--nodes", defaultValue = "20", description = "simulated nodes of 16 cores and 64 GiB"
            + " (default: ${DEFAULT-VALUE})")
    int nodes;

    @Option(names = "--seed", defaultValue = "7", description = "the trace's random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--overcommit", defaultValue = "2.0", description = "Wharf's offline overcommit ratio"
            + " (default: ${DEFAULT-VALUE})")
    double overcommit;

    @Option(names = "--online-usage", defaultValue = "0.55", description = "the share of its reservation an online"
            + " instance uses, above 0 and at most 1 (default: ${DEFAULT-VALUE})")
    double onlineUsage;

    @Option(names = "--batch-load", defaultValue = "0.2", description = "batch jobs arriving per node and 5-minute"
            + " tick, on average, each of 1 to 4 cores for 30 to 180 min (default: ${DEFAULT-VALUE})")
    double batchLoad;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (nodes < 1 || nodes > 1000) {
            throw new ParameterException(spec.commandLine(), "--nodes must be between 1 and 1000, was " + nodes);
        }
        ClassAwarePolicy classAware;
        try {
            classAware = new ClassAwarePolicy(overcommit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--overcommit: " + e.getMessage());
        }
        if (!(onlineUsage > 0) || onlineUsage > 1) {
            throw new ParameterException(spec.commandLine(), "--online-usage must be above 0 and at most 1, was "
                    + onlineUsage);
        }
        if (!(batchLoad >= 0) || batchLoad > 10) {
            throw new ParameterException(spec.commandLine(), "--batch-load must be between 0 and 10, was " + batchLoad);
        }
        PrintWriter out = spec.commandLine().getOut();
        Trace trace = Trace.generate(nodes, seed, onlineUsage, batchLoad);
        out.println("trace: seed " + seed + ", " + nodes + " nodes of 16 cores, " + trace.services().size()
                + " online services (peak reservations 70% of the cores, using " + Math.round(onlineUsage * 100)
                + "% of what they reserve), "
                + trace.jobs().size() + " batch jobs over 24 h in " + trace.minutesPerTick() + "-minute ticks");
        SimulationResult jdos1 = new Simulation(trace, new FirstFitPolicy()).run();
        out.println(line("jdos1 (first fit, no overcommit)", jdos1));
        SimulationResult wharf = new Simulation(trace, classAware).run();
        out.println(line("wharf (class-aware, offline overcommit " + overcommit + ")", wharf));
        out.println(resultLine(jdos1, wharf));
        out.flush();
        return 0;
    }

    static String line(String label, SimulationResult result) {
        return String.format(Locale.ROOT, "%s: utilisation %.1f%%, jobs waited %.0f min on average, %d job"
                + " starts, %d evictions, %d online instance-ticks without a node", label,
                result.utilisation() * 100, result.meanWaitMinutes(), result.jobStarts(), result.evictions(),
                result.onlineViolations());
    }

    static String resultLine(SimulationResult jdos1, SimulationResult wharf) {
        return String.format(Locale.ROOT, "placement: util_jdos1=%.1f util_wharf=%.1f gain=%.2f online_violations=%d",
                jdos1.utilisation() * 100, wharf.utilisation() * 100, wharf.utilisation() / jdos1.utilisation(),
                wharf.onlineViolations());
    }
}
