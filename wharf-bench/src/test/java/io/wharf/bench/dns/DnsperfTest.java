package io.wharf.bench.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.bench.BenchException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DnsperfTest {
    static final String OUTPUT = """
            DNS Performance Testing Tool
            Version 2.10.0

            [Status] Command line: dnsperf -s 127.0.0.1 -p 40000 -d queries.txt -l 10 -c 8 -q 500 -Q 1000000
            [Status] Sending queries (to 127.0.0.1:40000)
            [Status] Started at: Thu Nov 26 08:44:30 2026
            [Status] Stopping after 10.000000 seconds
            [Status] Testing complete (time limit)

            Statistics:

              Queries sent:         842310
              Queries completed:    842051 (99.97%)
              Queries lost:         259 (0.03%)

              Response codes:       NOERROR 842051 (100.00%)
              Average packet size:  request 45, response 61
              Run time (s):         10.000083
              Queries per second:   84204.399163

              Average Latency (s):  0.005812 (min 0.000021, max 0.031876)
              Latency StdDev (s):   0.001907
            """;

    @Test
    void readsQueriesPerSecondCompletedLostAndResponseCodes() {
        DnsperfResult result = Dnsperf.parse(OUTPUT);

        assertThat(result.queriesPerSecond()).isEqualTo(84204.399163);
        assertThat(result.completed()).isEqualTo(842051);
        assertThat(result.lost()).isEqualTo(259);
        assertThat(result.responseCodes()).isEqualTo("NOERROR 842051 (100.00%)");
    }

    @Test
    void aProgressLineWarnsOnlyAboutRealLossOrAnswersOtherThanNoerror() {
        DnsperfResult fine = Dnsperf.parse(OUTPUT);
        assertThat(fine.line("round 1 knot", 500))
                .isEqualTo("round 1 knot: 84204 qps (842051 completed, 259 lost, NOERROR 842051 (100.00%))");
        assertThat(fine.line("knot", 100)).doesNotContain("WARNING");
        assertThat(new DnsperfResult(10, 9000, 1000, "NOERROR 9000 (100.00%)").line("wharf", 100))
                .contains("WARNING more than 1% of the queries were lost");
        assertThat(new DnsperfResult(10, 10, 0, "NOERROR 5 (50.00%), NXDOMAIN 5 (50.00%)").line("wharf", 500))
                .contains("WARNING not every answer was NOERROR");
    }

    @Test
    void outputWithoutQueriesPerSecondIsAnError() {
        assertThatThrownBy(() -> Dnsperf.parse("Error: could not open queries.txt"))
                .isInstanceOf(BenchException.class).hasMessageContaining("Queries per second");
    }

    @Test
    void theQueryFileHasOneAQueryPerApp() {
        String queries = Dnsperf.queries(1000);

        assertThat(queries.lines()).hasSize(1000).startsWith("app0.bench.wharf.localhost A")
                .endsWith("app999.bench.wharf.localhost A");
    }

    @Test
    void theCommandQueriesLoopbackWithAHighRateCap() {
        DnsBenchSettings settings = new DnsBenchSettings(10, 3, 2, 1, 1000, 8, 500, false);

        assertThat(Dnsperf.command("dnsperf", settings, 10, 40000, Path.of("/tmp/q.txt"))).containsExactly(
                "dnsperf", "-s", "127.0.0.1", "-p", "40000", "-d", "/tmp/q.txt", "-l", "10", "-c", "8", "-q", "500",
                "-Q", "1000000");
    }
}
