package io.wharf.bench.dns;

/** One round: the same dnsperf run against Wharf's DNS server and against Knot. */
record DnsRound(DnsperfResult wharf, DnsperfResult knot) {
}
