package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExitsAndTopTest {
    private static final String DEMO = "/api/v1/systems/demo/apps";
    private static final String METRICS = "/metrics?window=1m&step=5s";
    private static final String BUSY = """
            {"system":"demo","app":"hello","points":[
             {"time":"2026-01-31T12:00:00Z","requestRate":1.0,"errorRate":0.0,"latencyP50Seconds":0.5,
              "latencyP95Seconds":0.9,"cpuCores":0.1,"memoryBytes":1024,"instancesReady":1},
             {"time":"2026-01-31T12:00:05Z","requestRate":120.4,"errorRate":2.0,"latencyP50Seconds":0.012,
              "latencyP95Seconds":1.5,"cpuCores":0.25,"memoryBytes":67108864,"instancesReady":3}]}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void exitsAreATableEachRowFollowedByItsLastLines() {
        server.on("GET " + DEMO + "/hello/exits", 200, """
                [{"instance":"hello-b2","exitCode":137,"reason":"OOMKilled","time":"2026-01-31T12:05:00.123Z",
                  "lines":["a","b","c"]},
                 {"instance":"hello-a1","exitCode":3,"reason":"Error","time":"2026-01-31T12:00:00Z","lines":["x"]}]""");

        Result result = Cli.against(server, "exits", "demo/hello", "--lines", "2");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                INSTANCE   CODE   REASON      TIME
                hello-b2   137    OOMKilled   2026-01-31T12:05:00Z
                    b
                    c
                hello-a1   3      Error       2026-01-31T12:00:00Z
                    x
                """);
    }

    @Test
    void anAppWithoutExitsSaysSo() {
        server.on("GET " + DEMO + "/hello/exits", 200, "[]");

        assertThat(Cli.against(server, "exits", "demo/hello").out()).isEqualTo("no exits of demo/hello are kept\n");
    }

    @Test
    void topOncePrintsTheNewestPointOfAnAppAsOneRow() {
        server.on("GET " + DEMO + "/hello" + METRICS, 200, BUSY);

        Result result = Cli.against(server, "top", "demo/hello", "--once");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "TIME                    REQ/S    ERR/S      P50      P95    CPU   MEMORY READY",
                "12:00:05                120.4      2.0     12ms    1.50s   0.25     64Mi     3");
        assertThat(server.onlyRequest().path()).isEqualTo(DEMO + "/hello" + METRICS);
    }

    @Test
    void topOfASystemPrintsOneRowPerAppAndDashesForAnAppNotSampledYet() {
        server.on("GET " + DEMO, 200, """
                [{"name":"hello"},{"name":"fresh"}]""");
        server.on("GET " + DEMO + "/hello" + METRICS, 200, BUSY);
        server.on("GET " + DEMO + "/fresh" + METRICS, 200, """
                {"system":"demo","app":"fresh","points":[]}""");

        Result result = Cli.against(server, "top", "demo", "--once");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "APP                     REQ/S    ERR/S      P50      P95    CPU   MEMORY READY",
                "hello                   120.4      2.0     12ms    1.50s   0.25     64Mi     3",
                "fresh                       -        -        -        -      -        -     -");
    }

    @Test
    void topWithoutOnceKeepsPrintingARowPerRefresh() {
        server.on("GET " + DEMO + "/hello" + METRICS, 200, BUSY);

        Cli.Running top = Cli.start(server, "top", "demo/hello");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> top.out().lines().count() >= 3);

        assertThat(top.out().lines().skip(1).limit(2)).allMatch(line -> line.startsWith("12:00:05"));
    }
}
