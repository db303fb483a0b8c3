package io.wharf.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayReportTest {
    private static GatewayRound round(double wharfRps, double wharfP99, double haproxyRps, double haproxyP99) {
        return new GatewayRound(new WrkResult(wharfRps, wharfP99 / 2, wharfP99, 0, ""), new WrkResult(haproxyRps, haproxyP99 / 2, haproxyP99, 0, ""));
    }

    @Test
    void theLastLineHasIntegerMediansAndTwoDecimalRatios() {
        List<GatewayRound> rounds = List.of(round(30000.4, 4.0, 40000.6, 2.0), round(32000.4, 6.0, 42000.6, 3.0));

        assertThat(GatewayReport.resultLine(rounds))
                .isEqualTo("gateway: wharf=31000 haproxy=41001 ratio=0.76 p99ratio=2.00");
    }

    @Test
    void theCpuLineHasTheMediansOfEachSidesCpuPerRequestAndTheirRatio() {
        WrkResult any = new WrkResult(1000, 0.5, 1.0, 0, "");
        List<GatewayRound> rounds = List.of(new GatewayRound(any, any, 40.0, 50.0), new GatewayRound(any, any, 60.0, 50.0),
                new GatewayRound(any, any, 45.5, 70.0));

        assertThat(GatewayReport.cpuLine(rounds)).isEqualTo("cpu per request: wharf=45.50us haproxy=50.00us ratio=0.91");
        assertThat(GatewayReport.cpuLine(List.of(round(1, 1, 1, 1)))).isEqualTo(
                "cpu per request: wharf=n/a haproxy=n/a ratio=n/a");
    }

    @Test
    void theLastLineMatchesTheFormatTheLauncherPromises() {
        assertThat(GatewayReport.resultLine(List.of(round(12345.6, 1.5, 23456.7, 0.7))))
                .matches("gateway: wharf=\\d+ haproxy=\\d+ ratio=\\d+\\.\\d\\d p99ratio=\\d+\\.\\d\\d");
    }
}
