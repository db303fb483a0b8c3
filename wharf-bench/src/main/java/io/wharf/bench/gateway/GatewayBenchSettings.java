package io.wharf.bench.gateway;

import io.wharf.bench.BenchException;

/** What one run of the gateway benchmark does; checked when made. */
record GatewayBenchSettings(int durationSeconds, int warmupSeconds, int rounds, int threads, int connections,
                            int wrkThreads, boolean keep, Target target) {
    /** Where Wharf's gateway runs: in the full server as users start it, or alone in the benchmark's JVM. */
    enum Target { SERVER, IN_PROCESS }


    static final String SYSTEM = "bench";
    static final String APP = "hello";
    static final String DOMAIN = "wharf.localhost";
    /** The Host header both proxies route on: {@code <app>.<system>.<domain>}. */
    static final String HOST = APP + "." + SYSTEM + "." + DOMAIN;

    GatewayBenchSettings {
        require(durationSeconds >= 1, "--duration must be at least 1 second, was " + durationSeconds);
        require(warmupSeconds >= 0, "--warmup must not be negative, was " + warmupSeconds);
        require(rounds >= 1, "--rounds must be at least 1, was " + rounds);
        require(threads >= 0 && threads <= 64, "--threads must be between 0 (each side's default) and 64, was "
                + threads);
        require(connections >= 1, "--connections must be at least 1, was " + connections);
        require(wrkThreads >= 1 && wrkThreads <= connections, "--wrk-threads must be between 1 and --connections,"
                + " was " + wrkThreads);
    }

    /** HAProxy's threads: the option, or by default one per CPU (its own default). */
    int proxyThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BenchException(message);
        }
    }
}
