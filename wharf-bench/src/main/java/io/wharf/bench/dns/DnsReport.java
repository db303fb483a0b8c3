package io.wharf.bench.dns;

import io.wharf.bench.ProcessCpu;
import io.wharf.bench.Stats;
import java.util.List;
import java.util.Locale;

/** The benchmark's last line, from the medians of the rounds. */
final class DnsReport {
    private DnsReport() {
    }

    /**
     * {@code cpu per query: wharf=<µs> knot=<µs> ratio=<wharf/knot>}: see {@link ProcessCpu#line}. Wharf's process
     * is the benchmark's own JVM, which runs the DNS server.
     */
    static String cpuLine(List<DnsRound> rounds) {
        return ProcessCpu.line("query", "knot", rounds.stream().map(DnsRound::wharfCpuMicros).toList(),
                rounds.stream().map(DnsRound::knotCpuMicros).toList());
    }

    /** {@code dns: wharf=<qps> knot=<qps> ratio=<wharf/knot>}. */
    static String resultLine(List<DnsRound> rounds) {
        double wharf = Stats.median(rounds.stream().map(r -> r.wharf().queriesPerSecond()).toList());
        double knot = Stats.median(rounds.stream().map(r -> r.knot().queriesPerSecond()).toList());
        return "dns: wharf=" + String.format(Locale.ROOT, "%.0f", wharf) + " knot="
                + String.format(Locale.ROOT, "%.0f", knot) + " ratio=" + Stats.twoDecimals(Stats.ratio(wharf, knot));
    }
}
