package io.wharf.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigsTest {
    private final Path dir = Path.of("/tmp/bench-x");

    @Test
    void haproxyHasTheThreadsPortBackendsAndKeepAliveSettings() {
        String cfg = HaproxyPeer.config(41000, 3, List.of(42001, 42002), dir, 0);

        assertThat(cfg).contains("    nbthread 3\n", "    maxconn 10000\n", "    mode http\n",
                "    option http-keep-alive\n", "    http-reuse always\n", "    bind 127.0.0.1:41000\n",
                "    balance roundrobin\n", "    server nginx1 127.0.0.1:42001\n",
                "    server nginx2 127.0.0.1:42002\n", "hdr(host) -i hello.bench.wharf.localhost",
                "pidfile /tmp/bench-x/haproxy.pid", "timeout connect", "timeout client", "timeout server");
        assertThat(cfg).doesNotContain("0.0.0.0", "daemon");
    }

    @Test
    void haproxyLowersItsGlobalMaxconnOnlyWhenTheFileLimitCannotHoldIt() {
        assertThat(HaproxyPeer.globalMaxconn(0)).isEqualTo(10000);
        assertThat(HaproxyPeer.globalMaxconn(1_048_576)).isEqualTo(10000);
        assertThat(HaproxyPeer.globalMaxconn(20000)).isEqualTo(9950);
        assertThat(HaproxyPeer.config(41000, 1, List.of(1, 2), dir, 20000)).contains("    maxconn 9950\n");
    }

    @Test
    void nginxHasOneWorkerItsPortOnLoopbackAndNoAccessLog() {
        String conf = NginxBackend.config(dir, 42001, false);

        assertThat(conf).contains("daemon off;\n", "worker_processes 1;\n", "listen 127.0.0.1:42001",
                "access_log off;", "pid /tmp/bench-x/nginx.pid;", "error_log /tmp/bench-x/error.log",
                "keepalive_timeout", "return 200 '" + NginxBackend.PAGE);
        assertThat(conf).doesNotContain("user ");
        assertThat(NginxBackend.config(dir, 42001, true)).startsWith("user root;\n");
    }

    @Test
    void thePageIsAboutAHundredBytes() {
        assertThat(NginxBackend.PAGE.getBytes(StandardCharsets.UTF_8).length + 1).isBetween(90, 110);
    }

    @Test
    void theHardOpenFilesLimitIsReadFromProcLimits() {
        assertThat(FileLimit.parse(List.of("Limit                     Soft Limit           Hard Limit           Units",
                "Max open files            1024                 20000                files"))).isEqualTo(20000);
        assertThat(FileLimit.parse(List.of("Max open files            unlimited            unlimited            files")))
                .isZero();
        assertThat(FileLimit.parse(List.of())).isZero();
    }
}
