package io.wharf.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wharf.bench.BenchException;
import org.junit.jupiter.api.Test;

class WrkTest {
    private static String output(String p99, String extra) {
        return """
                Running 10s test @ http://127.0.0.1:41234/
                  2 threads and 64 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     1.52ms  512.00us  15.31ms   91.20%
                    Req/Sec    21.05k     1.12k   24.10k    71.50%
                  Latency Distribution
                     50%    1.42ms
                     75%    1.61ms
                     90%    1.98ms
                     99%    P99
                  418923 requests in 10.00s, 80.31MB read
                EXTRARequests/sec:  41871.23
                Transfer/sec:      8.03MB
                """.replace("P99", p99).replace("EXTRA", extra);
    }

    @Test
    void readsRequestsPerSecondTheMedianAndTheP99InMilliseconds() {
        WrkResult result = Wrk.parse(output("3.21ms", ""));

        assertThat(result.requestsPerSecond()).isEqualTo(41871.23);
        assertThat(result.p50Millis()).isCloseTo(1.42, within(1e-9));
        assertThat(result.p99Millis()).isCloseTo(3.21, within(1e-9));
        assertThat(result.non2xx()).isZero();
        assertThat(result.socketErrors()).isEmpty();
    }

    @Test
    void convertsMicrosecondsAndSecondsToMilliseconds() {
        assertThat(Wrk.parse(output("812.00us", "")).p99Millis()).isCloseTo(0.812, within(1e-9));
        assertThat(Wrk.parse(output("1.05s", "")).p99Millis()).isCloseTo(1050, within(1e-9));
        assertThat(Wrk.millis("2.00", "m")).isEqualTo(120_000);
    }

    @Test
    void readsTheP99NotAnotherPercentileOrTheAverage() {
        assertThat(Wrk.parse(output("9.99ms", "")).p99Millis()).isEqualTo(9.99);
    }

    @Test
    void countsFailedResponsesAndSocketErrors() {
        WrkResult result = Wrk.parse(output("3.00ms", "  Socket errors: connect 0, read 3, write 0, timeout 1\n"
                + "  Non-2xx or 3xx responses: 17\n"));

        assertThat(result.non2xx()).isEqualTo(17);
        assertThat(result.socketErrors()).isEqualTo("connect 0, read 3, write 0, timeout 1");
        assertThat(result.line("wharf")).contains("17 non-2xx/3xx").contains("socket errors");
    }

    @Test
    void outputWithoutLatencyDistributionIsAnError() {
        assertThatThrownBy(() -> Wrk.parse("Requests/sec:  100.00\n")).isInstanceOf(BenchException.class)
                .hasMessageContaining("--latency");
    }

    @Test
    void theCommandSendsTheAppsHostHeaderToLoopback() {
        GatewayBenchSettings settings = new GatewayBenchSettings(15, 3, 2, 1, 64, 2, false,
                GatewayBenchSettings.Target.SERVER);

        assertThat(Wrk.command("/usr/bin/wrk", settings, 15, 8080)).containsExactly("/usr/bin/wrk", "-t2", "-c64",
                "-d15s", "--latency", "-H", "Host: hello.bench.wharf.localhost", "http://127.0.0.1:8080/");
    }

    @Test
    void aProgressLineHasRequestsPerSecondTheMedianAndP99() {
        assertThat(new WrkResult(41871.6, 1.416, 3.214, 0, "").line("round 1 wharf"))
                .isEqualTo("round 1 wharf: 41872 req/s p50=1.42ms p99=3.21ms");
    }
}
