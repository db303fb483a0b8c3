package io.wharf.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wharf.dns.QueryCounts;
import org.xbill.DNS.Rcode;

/** {@code wharf_dns_queries_total{rcode}}: the DNS server's replies by the response codes it gives. */
final class DnsSeries {
    private static final int[] RCODES = {Rcode.NOERROR, Rcode.FORMERR, Rcode.SERVFAIL, Rcode.NXDOMAIN, Rcode.NOTIMP,
        Rcode.REFUSED};

    private DnsSeries() {
    }

    static void bind(MeterRegistry registry, QueryCounts counts) {
        for (int rcode : RCODES) {
            FunctionCounter.builder("wharf.dns.queries", counts, c -> c.replies(rcode))
                    .description("DNS queries answered, by response code").tag("rcode", Rcode.string(rcode))
                    .register(registry);
        }
    }
}
