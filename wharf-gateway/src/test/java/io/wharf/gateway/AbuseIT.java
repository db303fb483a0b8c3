package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slow and many connections (slowloris) against the HTTP gateway. */
class AbuseIT {

    private static final String HOST = "hello.demo.wharf.localhost";

    private final Routes routes = new Routes();
    private TestBackend backend;

    @BeforeEach
    void start() throws IOException {
        backend = new TestBackend("one");
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(backend.backend()));
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void aClientStillSendingItsHeadWhenTheHeaderTimeoutEndsIsClosed() throws Exception {
        try (Gateway gateway = Gateway.start(GatewaySettings.defaults().withPort(0)
                .withHeaderTimeout(Duration.ofSeconds(1)), routes);
             Socket socket = new Socket("127.0.0.1", gateway.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + HOST + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> closedWhileTrickling(socket));
        }
        assertThat(backend.hits).hasValue(0);
    }

    /** With several event loops, so that the connections are set up on different loops, in no set order. */
    @Test
    void connectionsOverThePerIpCapAreClosedWhileOtherAddressesAreServed() throws Exception {
        try (Gateway gateway = Gateway.start(GatewaySettings.defaults().withPort(0).withWorkerThreads(4)
                .withMaxConnectionsPerIp(2), routes);
             Socket first = new Socket("127.0.0.1", gateway.port());
             Socket second = new Socket("127.0.0.1", gateway.port());
             Socket third = new Socket("127.0.0.1", gateway.port());
             RawHttpClient other = new RawHttpClient(gateway.port(), InetAddress.getByName("127.0.0.2"))) {
            third.setSoTimeout(5000);

            assertThat(third.getInputStream().read()).as("the third connection from 127.0.0.1").isEqualTo(-1);
            assertThat(other.get(HOST, "/").status()).isEqualTo(200);

            first.close();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                try (RawHttpClient again = new RawHttpClient(gateway.port())) {
                    assertThat(again.get(HOST, "/").status()).isEqualTo(200);
                }
            });
        }
    }

    @Test
    void aNormalClientIsServedQuicklyWhileSlowhttptestHoldsAThousandSlowConnections() throws Exception {
        Path tool = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "slowhttptest")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeThat(tool).as("slowhttptest is not on PATH (Debian package slowhttptest); skipping").isNotNull();
        try (Gateway gateway = Gateway.start(GatewaySettings.defaults().withPort(0), routes)) {
            Path log = Files.createTempFile("slowhttptest", ".log");
            Process attack = new ProcessBuilder(tool.toString(), "-H", "-c", "1000", "-r", "500", "-i", "5",
                    "-l", "30", "-x", "24", "-p", "3", "-u", "http://127.0.0.1:" + gateway.port() + "/")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                Thread.sleep(2500); // at 500 a second, slowhttptest has opened its connections by now
                List<Long> latencies = normalRequestsFrom127002(gateway.port(), attack, Duration.ofSeconds(25));
                long p99 = percentile(latencies, 99);
                System.out.printf("slowloris: %d requests from 127.0.0.2 during the attack, p50 %.1f ms, p99 %.1f ms%n",
                        latencies.size(), percentile(latencies, 50) / 1e6, p99 / 1e6);
                attack.waitFor(30, TimeUnit.SECONDS);
                String report = Files.readString(log).replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");

                // The cap lets 256 of its connections in and closes the others; the header timeout closes those 256.
                assertThat(report).as(log.toString()).containsPattern("connected:\\s+256\\s")
                        .contains("No open connections left");
                assertThat(latencies).hasSizeGreaterThan(100);
                assertThat(Duration.ofNanos(p99)).isLessThan(Duration.ofSeconds(1));
            } finally {
                attack.destroy();
                attack.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * While the attack lasts: a new connection for every request, so that being accepted at all is measured too;
     * every one must succeed.
     */
    private List<Long> normalRequestsFrom127002(int port, Process attack, Duration atMost) throws IOException {
        List<Long> latencies = new ArrayList<>();
        InetAddress local = InetAddress.getByName("127.0.0.2");
        long end = System.nanoTime() + atMost.toNanos();
        while (attack.isAlive() && System.nanoTime() < end) {
            long start = System.nanoTime();
            try (RawHttpClient client = new RawHttpClient(port, local)) {
                assertThat(client.get(HOST, "/").status()).isEqualTo(200);
            }
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private static boolean closedWhileTrickling(Socket socket) {
        try {
            socket.getOutputStream().write('X');
            return socket.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException closed) {
            return true;
        }
    }
}
