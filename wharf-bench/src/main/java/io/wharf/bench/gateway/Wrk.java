package io.wharf.bench.gateway;

import io.wharf.bench.BenchException;
import io.wharf.bench.Command;
import io.wharf.bench.LocalPorts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load client for both proxies: wrk with the same flags and Host header, and its output parsed. */
public final class Wrk {
    private static final Pattern RPS = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern P50 = percentile("50");
    private static final Pattern P99 = percentile("99");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)$", Pattern.MULTILINE);

    private Wrk() {
    }

    /** A line of wrk's latency distribution, such as {@code 99%   3.21ms} or {@code 99.000%  3.21ms}. */
    private static Pattern percentile(String percent) {
        return Pattern.compile("^\\s*" + percent + "(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    }

    /** {@code wrk -t<threads> -c<connections> -d<seconds>s --latency -H 'Host: <host>' http://127.0.0.1:<port>/}. */
    static List<String> command(String wrk, GatewayBenchSettings settings, int seconds, int port) {
        return List.of(wrk, "-t" + settings.wrkThreads(), "-c" + settings.connections(), "-d" + seconds + "s",
                "--latency", "-H", "Host: " + GatewayBenchSettings.HOST,
                "http://" + LocalPorts.LOOPBACK + ":" + port + "/");
    }

    /** Runs wrk for {@code seconds} against {@code port} and parses what it printed. */
    static WrkResult run(String wrk, GatewayBenchSettings settings, int seconds, int port) {
        return run(command(wrk, settings, seconds, port), seconds);
    }

    /** Runs a wrk command line that lasts {@code seconds} and has {@code --latency}, and parses what it printed. */
    public static WrkResult run(List<String> command, int seconds) {
        Command.Result result = Command.attempt(command, seconds + 60L);
        if (result.exitCode() != 0) {
            throw new BenchException(String.join(" ", command) + " failed with exit code " + result.exitCode()
                    + ": " + result.stderr() + result.stdout());
        }
        return parse(result.stdout());
    }

    /** Requests/s, the median and 99th percentile latencies in milliseconds, and the failures wrk counted. */
    static WrkResult parse(String output) {
        Matcher rps = RPS.matcher(output);
        Matcher p50 = P50.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rps.find() || !p50.find() || !p99.find()) {
            throw new BenchException("cannot read Requests/sec and the 50% and 99% latencies from wrk's output (was"
                    + " it run with --latency?):\n" + output);
        }
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socketErrors = SOCKET_ERRORS.matcher(output);
        return new WrkResult(Double.parseDouble(rps.group(1)), millis(p50.group(1), p50.group(2)),
                millis(p99.group(1), p99.group(2)),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socketErrors.find() ? socketErrors.group(1).trim() : "");
    }

    static double millis(String number, String unit) {
        double value = Double.parseDouble(number);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> throw new BenchException("unknown time unit in wrk's output: " + unit);
        };
    }
}
