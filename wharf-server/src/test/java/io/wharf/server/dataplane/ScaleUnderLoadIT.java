package io.wharf.server.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.testkit.NginxImage;
import io.wharf.testkit.PodmanCli;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scaling 5 → 1 → 5 ten times in a row under keep-alive load through the gateway (16 connections, as
 * {@code wrk -c16}) fails no request, with backends that close each connection (busybox httpd, whose
 * listen backlog of 9 overflows when one instance is left) and with backends that keep them (nginx,
 * whose SIGTERM drops the connections it has, also those answering a request of a second on
 * {@code /slow}): an instance leaves the routes, the gateway's requests to it finish (drain), and only
 * then is it stopped; a request whose backend connection broke before any answer is tried again.
 */
class ScaleUnderLoadIT extends AbstractRunningServerIT {
    private static final Logger LOG = LoggerFactory.getLogger(ScaleUnderLoadIT.class);
    private static final int CYCLES = 10;
    private static final int CONNECTIONS = 16;
    private static final int SLOW_CONNECTIONS = 4;
    private final String host = "hello." + system + ".wharf.localhost";

    @Autowired
    Gateway gateway;

    @Test
    void scalingFiveToOneToFiveTenTimesFailsNoRequestToBackendsThatCloseEachConnection() throws Exception {
        scaleTenTimesUnderLoad(PodmanCli.HELLO_IMAGE, 0);
    }

    @Test
    void scalingFiveToOneToFiveTenTimesFailsNoRequestToBackendsThatKeepConnectionsAlive() throws Exception {
        scaleTenTimesUnderLoad(NginxImage.ensure(), SLOW_CONNECTIONS);
    }

    private void scaleTenTimesUnderLoad(String image, int slowConnections) throws Exception {
        create(image);
        await().atMost(Duration.ofSeconds(60)).until(() -> readyIds().size() == 5);

        long start = System.nanoTime();
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, CONNECTIONS);
        KeepAliveLoad slow = KeepAliveLoad.start(gateway.port(), host, "/slow", slowConnections);
        try {
            Thread.sleep(1000);
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                scale(1);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> readyIds().size() == 1 && instanceCount() == 1);
                scale(5);
                long scaledUp = System.nanoTime();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> readyIds().size() == 5);
                // the instances about to be stopped in the next cycle are busy
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> load.servedSince(scaledUp).containsAll(readyIds()));
                LOG.info("{}: cycle {} done after {} ms: successes={} failures={}, slow: successes={} failures={}",
                        image, cycle, (System.nanoTime() - start) / 1_000_000, load.successes(), load.failures(),
                        slow.successes(), slow.failures());
            }
            Thread.sleep(1000);
        } finally {
            load.close();
            slow.close();
        }
        LOG.info("{}: load over {} ms: {}; slow: {}", image, (System.nanoTime() - start) / 1_000_000,
                load.summary(), slow.summary());

        assertThat(load.failures()).as(load.summary()).isZero();
        assertThat(slow.failures()).as(slow.summary()).isZero();
        assertThat(slow.successes()).as(slow.summary()).isGreaterThanOrEqualTo(slowConnections * CYCLES);
        // Thousands on a quiet 2-core machine; the bound only proves that the load really ran throughout.
        assertThat(load.successes()).as(load.summary()).isGreaterThan(CYCLES * 100L);
    }

    private void create(String image) {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "%s", "port": 8080, "replicas": 5,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""".formatted(image));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void scale(int replicas) {
        ApiClient.Response scaled = api.put(appPath + "/replicas", "{\"replicas\":" + replicas + "}");
        assertThat(scaled.status()).as(scaled.body()).isBetween(200, 299);
    }

    private int instanceCount() {
        return api.get(appPath + "/instances").json().size();
    }
}
