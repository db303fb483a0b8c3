package io.wharf.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.server.dataplane.RawHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /metrics and the JSON series of a real app served by Podman instances behind the gateway. */
class MetricsIT extends AbstractRunningServerIT {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsIT.class);
    private static final int REQUESTS_PER_SECOND = 40;

    @Autowired
    Gateway gateway;

    private final String host = "hello." + system + ".wharf.localhost";

    @Test
    void theJsonSeriesOfAnAppUnderLoadShowTheRateTheClientSentWithinTwentyPercent() throws Exception {
        createHello(2);
        await().atMost(Duration.ofSeconds(90)).until(() -> readyIds().size() == 2);

        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() - startNanos < Duration.ofSeconds(16).toNanos()) {
            long due = startNanos + sent * 1_000_000_000L / REQUESTS_PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            assertThat(RawHttp.get(gateway.port(), host, "/").status()).isEqualTo(200);
            sent++;
        }
        Instant end = Instant.now();
        double clientRate = sent / (Duration.between(start, end).toNanos() / 1e9);
        Thread.sleep(6000);

        ApiClient.Response answer = api.get(appPath + "/metrics?window=1m&step=5s");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        LOG.info("client sent {} requests at {}/s; series: {}", sent, clientRate, answer.body());
        List<JsonNode> inside = answer.json().get("points").valueStream().filter(p -> {
            Instant time = Instant.parse(p.get("time").asString());
            return time.isAfter(start.plusSeconds(6)) && !time.isAfter(end);
        }).toList();
        assertThat(inside).as(answer.body()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("requestRate").asDouble()).isBetween(clientRate * 0.8, clientRate * 1.2);
            assertThat(p.get("errorRate").asDouble()).isZero();
            assertThat(p.get("latencyP95Seconds").asDouble()).isPositive();
            assertThat(p.get("instancesReady").asInt()).isEqualTo(2);
        });
    }

    @Test
    void metricsParseAndStayUnderFiftySeriesPerAppWithTwentyInstances() {
        createHello(20);
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2)).until(() -> readyIds().size() == 20);
        for (int i = 0; i < 20; i++) {
            RawHttp.get(gateway.port(), host, "/");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response scraped = api.get("/metrics");
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.contentType()).startsWith("text/plain");
            List<PrometheusText.Sample> ofApp = PrometheusText.parse(scraped.body()).stream()
                    .filter(s -> system.equals(s.labels().get("system")) && "hello".equals(s.labels().get("app")))
                    .toList();
            assertThat(ofApp).hasSizeLessThanOrEqualTo(MetricsCollector.MAX_SERIES_PER_APP);
            assertThat(ofApp).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo("wharf_app_requests_total");
                assertThat(s.labels()).containsEntry("code", "2xx");
                assertThat(s.value()).isGreaterThanOrEqualTo(20);
            });
            assertThat(ofApp).filteredOn(s -> s.name().equals("wharf_instance_memory_working_set_bytes")).hasSize(5)
                    .allSatisfy(s -> assertThat(s.value()).isPositive());
            assertThat(ofApp).filteredOn(s -> s.name().equals("wharf_instance_restarts_total")).hasSize(5);
        });
    }

    @Test
    void metricsCarryApiLatencyByOperationAndDnsRepliesByRcode() {
        assertThat(api.get("/api/v1/systems/" + system).status()).isEqualTo(200);

        List<PrometheusText.Sample> all = PrometheusText.parse(api.get("/metrics").body());

        assertThat(all).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("wharf_api_request_duration_seconds_count");
            assertThat(s.labels()).containsOnlyKeys("operation");
            assertThat(s.value()).isPositive();
        });
        assertThat(all).filteredOn(s -> s.name().equals("wharf_dns_queries_total"))
                .extracting(s -> s.labels().get("rcode")).contains("NOERROR", "NXDOMAIN", "REFUSED", "SERVFAIL");
    }

    @Test
    void metricsCarryTheReconcilePassesAndTheQueueDepth() {
        createHello(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<PrometheusText.Sample> all = PrometheusText.parse(api.get("/metrics").body());
            assertThat(all).filteredOn(s -> s.name().startsWith("wharf_reconcile_duration_seconds_")
                    && "reconcile".equals(s.labels().get("queue")))
                    .extracting(PrometheusText.Sample::name).containsExactlyInAnyOrder(
                            "wharf_reconcile_duration_seconds_count", "wharf_reconcile_duration_seconds_sum");
            assertThat(all).filteredOn(s -> s.name().startsWith("wharf_reconcile_duration_seconds_")
                    && "reconcile".equals(s.labels().get("queue"))).allSatisfy(s -> assertThat(s.value()).isPositive());
        });
        List<PrometheusText.Sample> all = PrometheusText.parse(api.get("/metrics").body());
        assertThat(all).filteredOn(s -> s.name().equals("wharf_reconcile_queue_depth"))
                .extracting(s -> s.labels().get("queue")).containsExactlyInAnyOrder("reconcile", "cluster-apply", "cluster-status");
    }

    @Test
    void aWindowOrStepThatIsNoDurationIsABadRequestSayingWhatToSend() {
        createHello(1);

        ApiClient.Response answer = api.get(appPath + "/metrics?window=forever");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("like 15s, 15m or 1h");
        assertThat(api.get(appPath + "/metrics?window=2h").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/systems/" + system + "/apps/nope/metrics").status()).isEqualTo(404);
    }
}
