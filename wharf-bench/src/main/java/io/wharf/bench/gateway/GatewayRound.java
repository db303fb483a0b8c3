package io.wharf.bench.gateway;

import io.wharf.bench.Measured;

/**
 * One round: the same wrk run against Wharf's gateway and against HAProxy, and the CPU each proxy's
 * process used per request meanwhile (NaN where not measured).
 */
record GatewayRound(WrkResult wharf, WrkResult haproxy, double wharfCpuMicros, double haproxyCpuMicros) {

    GatewayRound(WrkResult wharf, WrkResult haproxy) {
        this(wharf, haproxy, Double.NaN, Double.NaN);
    }

    GatewayRound(Measured<WrkResult> wharf, Measured<WrkResult> haproxy) {
        this(wharf.result(), haproxy.result(), wharf.cpuMicros(), haproxy.cpuMicros());
    }
}
