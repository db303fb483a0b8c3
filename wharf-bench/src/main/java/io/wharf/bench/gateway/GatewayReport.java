package io.wharf.bench.gateway;

import io.wharf.bench.ProcessCpu;
import io.wharf.bench.Stats;
import java.util.List;
import java.util.Locale;

/** The benchmark's last line, from the medians of the rounds. */
final class GatewayReport {
    private GatewayReport() {
    }

    /** {@code gateway: wharf=<req/s> haproxy=<req/s> ratio=<wharf/haproxy> p99ratio=<wharf p99/haproxy p99>}. */
    static String resultLine(List<GatewayRound> rounds) {
        double wharf = Stats.median(rounds.stream().map(r -> r.wharf().requestsPerSecond()).toList());
        double haproxy = Stats.median(rounds.stream().map(r -> r.haproxy().requestsPerSecond()).toList());
        double wharfP99 = Stats.median(rounds.stream().map(r -> r.wharf().p99Millis()).toList());
        double haproxyP99 = Stats.median(rounds.stream().map(r -> r.haproxy().p99Millis()).toList());
        return "gateway: wharf=" + integer(wharf) + " haproxy=" + integer(haproxy)
                + " ratio=" + Stats.twoDecimals(Stats.ratio(wharf, haproxy))
                + " p99ratio=" + Stats.twoDecimals(Stats.ratio(wharfP99, haproxyP99));
    }

    /** {@code cpu per request: wharf=<µs> haproxy=<µs> ratio=<wharf/haproxy>}: see {@link ProcessCpu#line}. */
    static String cpuLine(List<GatewayRound> rounds) {
        return ProcessCpu.line("request", "haproxy", rounds.stream().map(GatewayRound::wharfCpuMicros).toList(),
                rounds.stream().map(GatewayRound::haproxyCpuMicros).toList());
    }

    static String integer(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
