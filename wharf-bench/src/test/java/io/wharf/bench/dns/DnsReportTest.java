package io.wharf.bench.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnsReportTest {
    private static DnsRound round(double wharf, double knot) {
        return new DnsRound(new DnsperfResult(wharf, 1, 0, ""), new DnsperfResult(knot, 1, 0, ""));
    }

    @Test
    void theLastLineHasIntegerMediansAndTheirRatio() {
        assertThat(DnsReport.resultLine(List.of(round(10000.4, 80000.2), round(12000.4, 90000.2), round(50000, 1))))
                .isEqualTo("dns: wharf=12000 knot=80000 ratio=0.15");
    }

    @Test
    void theCpuLineHasTheMediansOfEachServersCpuPerQuery() {
        DnsperfResult any = new DnsperfResult(1000, 1, 0, "");

        assertThat(DnsReport.cpuLine(List.of(new DnsRound(any, any, 9.0, 10.0), new DnsRound(any, any, 11.0, 8.0))))
                .isEqualTo("cpu per query: wharf=10.00us knot=9.00us ratio=1.11");
    }

    @Test
    void theLastLineMatchesTheFormatTheLauncherPromises() {
        assertThat(DnsReport.resultLine(List.of(round(10359.2, 84205.9))))
                .matches("dns: wharf=\\d+ knot=\\d+ ratio=\\d+\\.\\d\\d");
    }
}
