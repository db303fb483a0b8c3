package io.wharf.bench.dns;

import io.wharf.bench.BenchException;
import io.wharf.bench.Command;
import io.wharf.bench.LocalPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load client for both servers: dnsperf with the same flags and query file, and its output parsed. */
final class Dnsperf {
    private static final Pattern QPS = Pattern.compile("Queries per second:\\s+([0-9.]+)");
    private static final Pattern LOST = Pattern.compile("Queries lost:\\s+(\\d+)");
    private static final Pattern CODES = Pattern.compile("Response codes:\\s+(.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern COMPLETED = Pattern.compile("Queries completed:\\s+(\\d+)");
    /** A cap far above what either server does on this machine, so dnsperf sends as fast as answers come. */
    static final int MAX_QPS = 1_000_000;

    private Dnsperf() {
    }

    /** The query file: one {@code appN.bench.wharf.localhost A} line per name. */
    static String queries(int names) {
        StringBuilder file = new StringBuilder();
        for (int n = 0; n < names; n++) {
            file.append(DnsBenchSettings.name(n)).append(" A\n");
        }
        return file.toString();
    }

    /** {@code dnsperf -s 127.0.0.1 -p PORT -d FILE -l SECONDS -c CLIENTS -q OUTSTANDING -Q 1000000}. */
    static List<String> command(String dnsperf, DnsBenchSettings settings, int seconds, int port, Path queries) {
        return List.of(dnsperf, "-s", LocalPorts.LOOPBACK, "-p", String.valueOf(port), "-d", queries.toString(),
                "-l", String.valueOf(seconds), "-c", String.valueOf(settings.clients()),
                "-q", String.valueOf(settings.outstanding()), "-Q", String.valueOf(MAX_QPS));
    }

    static DnsperfResult run(String dnsperf, DnsBenchSettings settings, int seconds, int port, Path queries) {
        List<String> command = command(dnsperf, settings, seconds, port, queries);
        Command.Result result = Command.attempt(command, seconds + 60L);
        if (result.exitCode() != 0) {
            throw new BenchException(String.join(" ", command) + " failed with exit code " + result.exitCode()
                    + ": " + result.stderr() + result.stdout());
        }
        return parse(result.stdout());
    }

    /** Queries per second, the completed and lost counts, and the response codes. */
    static DnsperfResult parse(String output) {
        Matcher qps = QPS.matcher(output);
        if (!qps.find()) {
            throw new BenchException("cannot read \"Queries per second:\" from dnsperf's output:\n" + output);
        }
        Matcher lost = LOST.matcher(output);
        Matcher completed = COMPLETED.matcher(output);
        Matcher codes = CODES.matcher(output);
        return new DnsperfResult(Double.parseDouble(qps.group(1)),
                completed.find() ? Long.parseLong(completed.group(1)) : 0,
                lost.find() ? Long.parseLong(lost.group(1)) : 0,
                codes.find() ? codes.group(1) : "");
    }
}
