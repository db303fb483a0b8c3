package io.wharf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BenchMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpNamesTheScaleBenchmark() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("scale");
    }

    @Test
    void withoutABenchmarkItIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("name a benchmark");
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        assertThat(run("nonsense")).isEqualTo(2);
    }

    @Test
    void anOptionOutOfRangeIsAUsageErrorThatSaysWhichOne() {
        assertThat(run("scale", "--rounds", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds must be at least 1");
    }

    @Test
    void helpNamesTheGatewayAndDnsBenchmarks() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("gateway", "dns");
    }

    @Test
    void helpNamesTheBuildBenchmark() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build");
    }

    @Test
    void aBuildOptionOutOfRangeIsAUsageError() {
        assertThat(run("build", "--warmup", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--warmup must not be negative");
    }

    @Test
    void gatewayAndDnsOptionsOutOfRangeAreUsageErrors() {
        assertThat(run("gateway", "--threads", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
        assertThat(run("gateway", "--target", "elsewhere")).isEqualTo(2);
        assertThat(err.toString()).contains("--target must be server or in-process");
        assertThat(run("dns", "--duration", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--duration");
    }
}
