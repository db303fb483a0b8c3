package io.wharf.bench.gateway;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.TempDir;
import java.nio.file.Path;
import java.util.List;

/** The peer proxy: HAProxy with the same thread count, routing the same Host to the same two backends. */
final class HaproxyPeer {
    static final int MAXCONN = 10000;
    private HaproxyPeer() {
    }

    /** haproxy.cfg: {@code nbthread}, keep-alive, connection reuse, round robin over {@code backendPorts}. */
    static String config(int port, int threads, List<Integer> backendPorts, Path dir, long fileLimit) {
        StringBuilder cfg = new StringBuilder()
                .append("global\n")
                .append("    nbthread ").append(threads).append('\n')
                .append("    maxconn ").append(globalMaxconn(fileLimit)).append('\n')
                .append("    pidfile ").append(dir.resolve("haproxy.pid")).append('\n')
                .append("    stats socket ").append(dir.resolve("haproxy.sock")).append(" mode 600\n")
                .append("\n")
                .append("defaults\n")
                .append("    mode http\n")
                .append("    option http-keep-alive\n")
                .append("    http-reuse always\n")
                .append("    maxconn 10000\n")
                .append("    timeout connect 2s\n")
                .append("    timeout client 60s\n")
                .append("    timeout server 30s\n")
                .append("    timeout http-keep-alive 60s\n")
                .append("\n")
                .append("frontend bench\n")
                .append("    bind ").append(LocalPorts.LOOPBACK).append(':').append(port).append('\n')
                .append("    acl app hdr(host) -i ").append(GatewayBenchSettings.HOST).append('\n')
                .append("    http-request deny deny_status 404 unless app\n")
                .append("    use_backend hello if app\n")
                .append("\n")
                .append("backend hello\n")
                .append("    balance roundrobin\n");
        for (int i = 0; i < backendPorts.size(); i++) {
            cfg.append("    server nginx").append(i + 1).append(' ').append(LocalPorts.LOOPBACK).append(':')
                    .append(backendPorts.get(i)).append('\n');
        }
        return cfg.toString();
    }

    /** Starts haproxy in the foreground ({@code -db}) on a free port; waits until it accepts connections. */
    static Running start(String haproxy, TempDir temp, int threads, List<Integer> backendPorts) {
        int port = LocalPorts.freeTcp();
        Path dir = temp.dir("haproxy");
        Path cfg = temp.write("haproxy/haproxy.cfg", config(port, threads, backendPorts, dir,
                FileLimit.hard()));
        Daemon daemon = Daemon.start("haproxy", List.of(haproxy, "-db", "-f", cfg.toString()),
                dir.resolve("haproxy.log"));
        LocalPorts.awaitListening(daemon, port);
        return new Running(daemon, port);
    }

    /**
     * 10000, or less when the hard open-files limit cannot hold it: HAProxy 2.6 needs 2 * maxconn + 25
     * descriptors and refuses to start otherwise. The benchmark uses 64 connections, far below either.
     */
    static int globalMaxconn(long fileLimit) {
        if (fileLimit <= 0 || fileLimit >= 2L * MAXCONN + 100) {
            return MAXCONN;
        }
        return (int) Math.max(1000, (fileLimit - 100) / 2);
    }

    record Running(Daemon daemon, int port) {
    }
}
