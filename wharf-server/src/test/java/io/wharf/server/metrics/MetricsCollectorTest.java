package io.wharf.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wharf.engine.runtime.InstanceStats;
import io.wharf.gateway.Gateway;
import io.wharf.gateway.GatewaySettings;
import io.wharf.gateway.Routes;
import io.wharf.model.AppKey;
import io.wharf.model.Placement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final Set<String> ALLOWED_LABELS = Set.of("system", "app", "instance", "cluster", "code", "le",
            "operation", "rcode");

    private final Gateway gateway = Gateway.start(new GatewaySettings("127.0.0.1", 0, "wharf.localhost",
            1, 16384, 1 << 20, java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(2),
            java.time.Duration.ofSeconds(30)), new Routes());
    private final AppDirectory directory = new AppDirectory();
    private final Readings readings = new Readings(10);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    MetricsCollectorTest() {
        registry.getPrometheusRegistry().register(new MetricsCollector(directory, gateway, readings));
        directory.add(WEB);
    }

    @AfterEach
    void stop() {
        gateway.close();
        registry.close();
    }

    private void instances(int count) {
        readings.record(WEB, IntStream.range(0, count).mapToObj(i -> new InstanceReading(String.format("web-%02d", i),
                Placement.LOCAL, i, new InstanceStats(i, 1000L * i, 64L << 20, 10L * i, 20L * i))).toList(),
                new Sample(Instant.EPOCH, 0, 0, new long[14], 0, 0, count));
    }

    private List<PrometheusText.Sample> scrape() {
        return PrometheusText.parse(registry.scrape(MetricsController.TEXT_FORMAT));
    }

    private static List<PrometheusText.Sample> ofWeb(List<PrometheusText.Sample> samples) {
        return samples.stream().filter(s -> "demo".equals(s.labels().get("system")) && "web".equals(s.labels().get("app")))
                .toList();
    }

    @Test
    void anAppWithTwentyInstancesHasItsSeriesUnderFiftyInAStrictlyParsedExposition() {
        instances(20);

        List<PrometheusText.Sample> web = ofWeb(scrape());

        assertThat(web).hasSizeLessThanOrEqualTo(MetricsCollector.MAX_SERIES_PER_APP);
        assertThat(web).flatMap(s -> s.labels().keySet()).allMatch(ALLOWED_LABELS::contains);
        assertThat(web).extracting(PrometheusText.Sample::name).contains("wharf_app_requests_total",
                "wharf_app_request_duration_seconds_bucket", "wharf_app_request_duration_seconds_sum",
                "wharf_app_request_duration_seconds_count", "wharf_app_open_connections",
                "wharf_app_request_bytes_total", "wharf_app_response_bytes_total", "wharf_instance_cpu_seconds_total",
                "wharf_instance_memory_working_set_bytes", "wharf_instance_memory_limit_bytes",
                "wharf_instance_network_receive_bytes_total", "wharf_instance_network_transmit_bytes_total",
                "wharf_instance_restarts_total");
        assertThat(web).filteredOn(s -> s.name().equals("wharf_app_requests_total"))
                .extracting(s -> s.labels().get("code")).containsExactly("1xx", "2xx", "3xx", "4xx", "5xx");
    }

    @Test
    void instancesPastTheFirstFourAreSummedIntoOneSeries() {
        instances(20);

        List<PrometheusText.Sample> cpu = ofWeb(scrape()).stream()
                .filter(s -> s.name().equals("wharf_instance_cpu_seconds_total")).toList();

        assertThat(cpu).extracting(s -> s.labels().get("instance"))
                .containsExactlyInAnyOrder("web-00", "web-01", "web-02", "web-03", InstanceSeries.OTHERS);
        assertThat(cpu).filteredOn(s -> s.labels().get("instance").equals(InstanceSeries.OTHERS)).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(IntStream.range(4, 20).sum()));
    }

    @Test
    void aRemovedInstanceAndADeletedAppLoseTheirSeries() {
        instances(3);
        instances(2);

        assertThat(ofWeb(scrape())).noneMatch(s -> "web-02".equals(s.labels().get("instance")));

        directory.forget(WEB);
        readings.retain(directory.apps());

        assertThat(ofWeb(scrape())).isEmpty();
    }

    @Test
    void theParserRefusesWhatIsNotTheTextFormat() {
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE a counter\nb 1\n")).hasMessageContaining("no declared family");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE a gauge\na{x=\"1\"} one\n")).hasMessageContaining("no number");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE a gauge\na{x=1} 1\n")).hasMessageContaining("malformed labels");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE a gauge\na 1\na 2\n")).hasMessageContaining("repeated");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
                + "h_bucket{le=\"+Inf\"} 1\nh_count 1\n")).hasMessageContaining("cumulative");
    }
}
