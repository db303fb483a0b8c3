package io.wharf.server.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.testkit.PodmanCli;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scaling an app and losing an instance do not fail requests that go through the gateway: the
 * engine takes an instance out of the routes before it stops it, and the gateway tries a GET again
 * on another backend when a backend connection breaks before any response byte.
 */
class GatewayUnderLoadIT extends AbstractRunningServerIT {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayUnderLoadIT.class);
    private static final int CONNECTIONS = 4;
    private final String host = "hello." + system + ".wharf.localhost";

    @Autowired
    Gateway gateway;

    private void scale(int replicas) {
        ApiClient.Response scaled = api.put("/api/v1/systems/" + system + "/apps/hello/replicas",
                "{\"replicas\":" + replicas + "}");
        assertThat(scaled.status()).as(scaled.body()).isBetween(200, 299);
    }

    private int instanceCount() {
        return api.get("/api/v1/systems/" + system + "/apps/hello/instances").json().size();
    }

    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    @Test
    void scalingFrom5To1AndBackTo5UnderKeepAliveLoadFailsNoRequest() throws Exception {
        createHello(5);
        await().atMost(Duration.ofSeconds(60)).until(() -> readyIds().size() == 5);

        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(30).toNanos();
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, CONNECTIONS);
        try {
            Thread.sleep(2000);
            scale(1);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    readyIds().size() == 1 && instanceCount() == 1
                            && PodmanCli.containersOf(system, "hello").size() == 1);
            LOG.info("scaled down to 1 after {} ms: {}", (System.nanoTime() - start) / 1_000_000, load.summary());
            scale(5);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> readyIds().size() == 5);
            LOG.info("scaled up to 5 after {} ms: {}", (System.nanoTime() - start) / 1_000_000, load.summary());
            // Give the gateway at least a few seconds at 5 ready instances, even when the scaling was slow.
            sleepUntil(Math.max(end, System.nanoTime() + Duration.ofSeconds(3).toNanos()));
        } finally {
            load.close();
        }
        long stoppedAt = System.nanoTime();
        LOG.info("load over {} ms: {}", (stoppedAt - start) / 1_000_000, load.summary());

        assertThat(load.failures()).as(load.summary()).isZero();
        // About 3000 on a quiet 2-core machine; the bound only proves that the load really ran throughout.
        assertThat(load.successes()).as(load.summary()).isGreaterThan(500);
        Set<String> ready = readyIds();
        assertThat(ready).hasSize(5);
        assertThat(load.servedSince(stoppedAt - Duration.ofSeconds(3).toNanos())).as(load.summary())
                .containsAll(ready);
    }

    @Test
    void killingAnInstanceUnderLoadFailsNoGetRequest() throws Exception {
        createHello(3);
        await().atMost(Duration.ofSeconds(60)).until(() -> readyIds().size() == 3);
        Set<String> before = readyIds();
        String victim = before.iterator().next();

        long start = System.nanoTime();
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, CONNECTIONS);
        try {
            Thread.sleep(3000);
            String container = PodmanCli.podman("ps", "-q", "--filter", "label=wharf.io/instance=" + victim);
            assertThat(container).as("the container of " + victim).isNotBlank();
            PodmanCli.podman("kill", container);
            LOG.info("killed {} ({}) after {} ms: {}", victim, container, (System.nanoTime() - start) / 1_000_000,
                    load.summary());
            Thread.sleep(7000);
        } finally {
            load.close();
        }
        LOG.info("load over {} ms: {}", (System.nanoTime() - start) / 1_000_000, load.summary());

        // SIGKILL can land while the instance is in the middle of a response (busybox httpd writes the
        // headers, then the body with sendfile): the gateway holds a small response to a GET until it is
        // complete, so even then nothing has reached the client and the request is tried on another instance.
        assertThat(load.failures()).as(load.summary()).isZero();
        assertThat(load.successes()).as(load.summary()).isGreaterThan(200);
        assertThat(load.servedBy()).as("the killed instance was serving").containsKey(victim);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> ready = readyIds();
            assertThat(ready).hasSize(3).doesNotContain(victim);
            assertThat(ready).containsAll(before.stream().filter(id -> !id.equals(victim)).toList());
        });
    }
}
