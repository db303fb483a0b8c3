package io.wharf.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The CPU time (user and system, all threads) a process has used, as the kernel counts it. Unlike
 * throughput, the CPU a server spends per request hardly moves with what its neighbours on the machine do.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Runs {@code run}, and how much CPU process {@code pid} used meanwhile per one of its {@code operations}. */
    public static <T> Measured<T> during(long pid, Supplier<T> run, ToDoubleFunction<T> operations) {
        Duration before = used(pid);
        T result = run.get();
        return new Measured<>(result, microsEach(used(pid).minus(before), operations.applyAsDouble(result)));
    }

    /** The CPU time process {@code pid} has used so far. */
    public static Duration used(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new BenchException("cannot read the CPU time of process " + pid));
    }

    /**
     * {@code cpu per <operation>: wharf=<µs> <peer>=<µs> ratio=<wharf/peer>}, from the medians of the rounds: what
     * each server's whole process spent.
     */
    public static String line(String operation, String peer, List<Double> wharf, List<Double> peers) {
        double ours = Stats.median(wharf);
        double theirs = Stats.median(peers);
        return "cpu per " + operation + ": wharf=" + micros(ours) + " " + peer + "=" + micros(theirs) + " ratio="
                + Stats.twoDecimals(Stats.ratio(ours, theirs));
    }

    /** {@code 45.50us}, or {@code n/a} for NaN. */
    public static String micros(double micros) {
        return Double.isNaN(micros) ? "n/a" : Stats.twoDecimals(micros) + "us";
    }

    /** Microseconds of {@code cpu} per one of {@code count} operations, or NaN when there were none. */
    public static double microsEach(Duration cpu, double count) {
        return count > 0 ? cpu.toNanos() / 1000.0 / count : Double.NaN;
    }
}
