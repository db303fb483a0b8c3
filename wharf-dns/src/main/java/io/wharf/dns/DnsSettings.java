package io.wharf.dns;

import org.xbill.DNS.Address;

/**
 * Where the DNS server listens and what it answers.
 *
 * @param bindAddress IP literal to listen on (UDP and TCP)
 * @param port 0..65535; 0 picks an ephemeral port
 * @param zone the zone the server is authoritative for, e.g. {@code wharf.localhost}
 * @param ttlSeconds TTL of every record, and the negative-caching TTL of the SOA
 * @param gatewayIpv4 address that app names resolve to (A)
 * @param gatewayIpv6 address that app names resolve to (AAAA), or null for none
 * @param workers event-loop threads, 1..64; on Linux each reads its own UDP socket (SO_REUSEPORT)
 * @param rateLimit response-rate limiting of UDP answers per client prefix; {@link ResponseRateLimit#OFF} for none
 */
public record DnsSettings(String bindAddress, int port, String zone, int ttlSeconds,
                          String gatewayIpv4, String gatewayIpv6, int workers, ResponseRateLimit rateLimit) {

    public static final int DEFAULT_WORKERS = 2;

    public DnsSettings {
        Names.anyIp(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        zone = Names.domain(zone, "zone");
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttlSeconds must be >= 0: " + ttlSeconds);
        }
        Names.ip(gatewayIpv4, Address.IPv4, "gatewayIpv4");
        if (gatewayIpv6 != null) {
            Names.ip(gatewayIpv6, Address.IPv6, "gatewayIpv6");
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be in 1..64: " + workers);
        }
        if (rateLimit == null) {
            throw new IllegalArgumentException("rateLimit is required (ResponseRateLimit.OFF for none)");
        }
    }

    /** Settings with {@link ResponseRateLimit#DEFAULT}. */
    public DnsSettings(String bindAddress, int port, String zone, int ttlSeconds, String gatewayIpv4,
                       String gatewayIpv6, int workers) {
        this(bindAddress, port, zone, ttlSeconds, gatewayIpv4, gatewayIpv6, workers, ResponseRateLimit.DEFAULT);
    }

    /** Settings with {@link #DEFAULT_WORKERS} threads and {@link ResponseRateLimit#DEFAULT}. */
    public DnsSettings(String bindAddress, int port, String zone, int ttlSeconds, String gatewayIpv4,
                       String gatewayIpv6) {
        this(bindAddress, port, zone, ttlSeconds, gatewayIpv4, gatewayIpv6, DEFAULT_WORKERS);
    }

    public DnsSettings withWorkers(int count) {
        return new DnsSettings(bindAddress, port, zone, ttlSeconds, gatewayIpv4, gatewayIpv6, count, rateLimit);
    }

    public DnsSettings withRateLimit(ResponseRateLimit limit) {
        return new DnsSettings(bindAddress, port, zone, ttlSeconds, gatewayIpv4, gatewayIpv6, workers, limit);
    }

    public static DnsSettings defaults() {
        return new DnsSettings("127.0.0.1", 7053, "wharf.localhost", 5, "127.0.0.1", null);
    }
}
