package io.wharf.bench.gateway;

import io.wharf.bench.Daemon;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.TempDir;
import java.nio.file.Path;
import java.util.List;

/** One backend: nginx with one worker, its own config and files in a temp dir, a ~100-byte page. */
final class NginxBackend {
    /** The page both proxies fetch: 100 bytes with the newline. */
    static final String PAGE = "<!doctype html><html><head><title>hello</title></head><body>hello from the"
            + " wharf bench</body></html>";

    private NginxBackend() {
    }

    /** nginx.conf for {@code dir} (pid, logs, temp files) listening on 127.0.0.1:{@code port}. */
    static String config(Path dir, int port, boolean root) {
        return (root ? "user root;\n" : "")
                + "daemon off;\n"
                + "master_process on;\n"
                + "worker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " warn;\n"
                + "events {\n"
                + "    worker_connections 4096;\n"
                + "}\n"
                + "http {\n"
                + "    access_log off;\n"
                + "    keepalive_timeout 65s;\n"
                + "    keepalive_requests 1000000;\n"
                + "    client_body_temp_path " + dir.resolve("client_body") + ";\n"
                + "    proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "    server {\n"
                + "        listen " + LocalPorts.LOOPBACK + ":" + port + " reuseport;\n"
                + "        location / {\n"
                + "            default_type text/html;\n"
                + "            return 200 '" + PAGE + "\\n';\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    /** Starts nginx in the foreground on a free port and waits until it accepts connections. */
    static Running start(String nginx, TempDir temp, String name) {
        int port = LocalPorts.freeTcp();
        Path dir = temp.dir(name);
        Path conf = temp.write(name + "/nginx.conf", config(dir, port, isRoot()));
        Daemon daemon = Daemon.start(name, List.of(nginx, "-p", dir.toString(), "-c", conf.toString()),
                dir.resolve("stdout.log"));
        LocalPorts.awaitListening(daemon, port);
        return new Running(daemon, port);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    record Running(Daemon daemon, int port) {
    }
}
