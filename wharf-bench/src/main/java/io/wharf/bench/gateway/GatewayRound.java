package io.wharf.bench.gateway;

/** One round: the same wrk run against Wharf's gateway and against HAProxy. */
record GatewayRound(WrkResult wharf, WrkResult haproxy) {
}
