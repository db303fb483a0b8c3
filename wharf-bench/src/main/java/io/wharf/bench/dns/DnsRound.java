package io.wharf.bench.dns;

import io.wharf.bench.Measured;

/**
 * One round: the same dnsperf run against Wharf's DNS server and against Knot, and the CPU each server's
 * process used per answer meanwhile (NaN where not measured).
 */
record DnsRound(DnsperfResult wharf, DnsperfResult knot, double wharfCpuMicros, double knotCpuMicros) {

    DnsRound(DnsperfResult wharf, DnsperfResult knot) {
        this(wharf, knot, Double.NaN, Double.NaN);
    }

    DnsRound(Measured<DnsperfResult> wharf, Measured<DnsperfResult> knot) {
        this(wharf.result(), knot.result(), wharf.cpuMicros(), knot.cpuMicros());
    }
}
