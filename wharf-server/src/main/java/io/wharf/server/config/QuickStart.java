package io.wharf.server.config;

import java.nio.file.Path;

/** What {@code ./wharf up} prints once the API listens: where it is, and the first commands to try. */
final class QuickStart {
    private QuickStart() {
    }

    static String text(String url, Path home, String host, int gatewayPort, int dnsPort, String domain) {
        return """

                Wharf is up: API %s (admin token in %s)
                Console: %s/ (log in with a token)
                In another shell:
                  ./wharf system create demo
                  ./wharf app create demo/hello --image localhost/wharf/hello:1 --port 8080 --replicas 3 --health-http /healthz
                  ./wharf ps demo/hello
                  ./wharf events demo/hello
                  curl -H 'Host: hello.demo.%s' http://%s:%d/
                  dig @%s -p %d hello.demo.%s
                Stop with Ctrl-C; the apps keep running and are adopted on the next start.
                """.formatted(url, home.resolve("admin.token"), url, domain, host, gatewayPort, host, dnsPort, domain);
    }
}
