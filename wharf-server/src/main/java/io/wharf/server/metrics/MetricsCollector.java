package io.wharf.server.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.wharf.engine.runtime.InstanceStats;
import io.wharf.gateway.AppCounters;
import io.wharf.gateway.Gateway;
import io.wharf.model.AppKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The per-app and per-instance series of /metrics, computed at scrape time from the gateway's counters
 * and the sampler's last readings: an app or instance that is gone has no series.
 */
final class MetricsCollector implements MultiCollector {
    /** Requests by class, histogram, connections, bytes (17) plus 5 instances of 6 series each (30). */
    static final int MAX_SERIES_PER_APP = 50;
    private static final long[] SHOWN_BOUNDS_MILLIS = {5, 25, 100, 250, 1000, 5000};

    private final AppDirectory directory;
    private final Gateway gateway;
    private final Readings readings;

    MetricsCollector(AppDirectory directory, Gateway gateway, Readings readings) {
        this.directory = directory;
        this.gateway = gateway;
        this.readings = readings;
    }

    @Override
    public MetricSnapshots collect() {
        CounterSnapshot.Builder requests = CounterSnapshot.builder().name("wharf_app_requests")
                .help("Requests the gateway answered for the app, by status class");
        HistogramSnapshot.Builder latency = HistogramSnapshot.builder().name("wharf_app_request_duration_seconds")
                .help("Time from a request's head to its response's end, through the gateway");
        GaugeSnapshot.Builder open = GaugeSnapshot.builder().name("wharf_app_open_connections")
                .help("Backend connections the gateway holds for requests in flight");
        CounterSnapshot.Builder received = CounterSnapshot.builder().name("wharf_app_request_bytes")
                .help("Request body bytes the gateway received for the app");
        CounterSnapshot.Builder sent = CounterSnapshot.builder().name("wharf_app_response_bytes")
                .help("Response body bytes the gateway sent for the app");
        List<AppKey> apps = directory.apps().stream().sorted(Comparator.comparing(AppKey::toString)).toList();
        for (AppKey app : apps) {
            Labels labels = Labels.of("system", app.system(), "app", app.app());
            AppCounters counters = gateway.counters(app.system(), app.app());
            for (int statusClass = 1; statusClass <= 5; statusClass++) {
                requests.dataPoint(CounterDataPointSnapshot.builder().labels(labels.add("code", statusClass + "xx"))
                        .value(counters.responses(statusClass)).build());
            }
            latency.dataPoint(HistogramDataPointSnapshot.builder().labels(labels).sum(counters.latencySecondsSum())
                    .classicHistogramBuckets(buckets(counters)).build());
            open.dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(counters.openExchanges()).build());
            received.dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(counters.bytesReceived()).build());
            sent.dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(counters.bytesSent()).build());
        }
        MetricSnapshots.Builder all = MetricSnapshots.builder()
                .metricSnapshot(requests.build()).metricSnapshot(latency.build()).metricSnapshot(open.build())
                .metricSnapshot(received.build()).metricSnapshot(sent.build());
        instanceSeries(all);
        return all.build();
    }

    private void instanceSeries(MetricSnapshots.Builder all) {
        Map<AppKey, List<InstanceReading>> byApp = readings.instances();
        all.metricSnapshot(instanceCounter(byApp, "wharf_instance_restarts", "Times the instance restarted",
                r -> r.restarts(), false));
        all.metricSnapshot(instanceCounter(byApp, "wharf_instance_cpu_seconds", "CPU time the instance used",
                r -> r.stats().cpuSeconds(), true));
        all.metricSnapshot(instanceGauge(byApp, "wharf_instance_memory_working_set_bytes",
                "Memory the instance uses, less inactive file cache", r -> r.stats().memoryWorkingSetBytes()));
        all.metricSnapshot(instanceGauge(byApp, "wharf_instance_memory_limit_bytes",
                "The instance's memory limit, 0 when it has none", r -> r.stats().memoryLimitBytes()));
        all.metricSnapshot(instanceCounter(byApp, "wharf_instance_network_receive_bytes",
                "Bytes the instance's network interfaces received", r -> r.stats().networkReceiveBytes(), true));
        all.metricSnapshot(instanceCounter(byApp, "wharf_instance_network_transmit_bytes",
                "Bytes the instance's network interfaces sent", r -> r.stats().networkTransmitBytes(), true));
    }

    private static CounterSnapshot instanceCounter(Map<AppKey, List<InstanceReading>> byApp, String name, String help,
                                                   ToDoubleFunction<InstanceReading> value, boolean needsStats) {
        CounterSnapshot.Builder counter = CounterSnapshot.builder().name(name).help(help);
        forEachShown(byApp, needsStats, (labels, reading) -> counter.dataPoint(CounterDataPointSnapshot.builder()
                .labels(labels).value(value.applyAsDouble(reading)).build()));
        return counter.build();
    }

    private static GaugeSnapshot instanceGauge(Map<AppKey, List<InstanceReading>> byApp, String name, String help,
                                               ToDoubleFunction<InstanceReading> value) {
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
        forEachShown(byApp, true, (labels, reading) -> gauge.dataPoint(GaugeDataPointSnapshot.builder()
                .labels(labels).value(value.applyAsDouble(reading)).build()));
        return gauge.build();
    }

    private static void forEachShown(Map<AppKey, List<InstanceReading>> byApp, boolean needsStats,
                                     java.util.function.BiConsumer<Labels, InstanceReading> point) {
        byApp.forEach((app, instances) -> {
            for (InstanceReading reading : InstanceSeries.bounded(instances)) {
                if (!needsStats || reading.stats() != null) {
                    point.accept(Labels.of("system", app.system(), "app", app.app(), "instance", reading.instance(),
                            "cluster", reading.cluster()), reading);
                }
            }
        });
    }

    private static ClassicHistogramBuckets buckets(AppCounters counters) {
        long[] boundsMillis = counters.latencyBucketBoundsMillis();
        long[] counts = counters.latencyCounts();
        double[] upper = new double[SHOWN_BOUNDS_MILLIS.length + 1];
        long[] shown = new long[upper.length];
        int target = 0;
        for (int i = 0; i < counts.length; i++) {
            while (target < SHOWN_BOUNDS_MILLIS.length && i < boundsMillis.length
                    && boundsMillis[i] > SHOWN_BOUNDS_MILLIS[target]) {
                target++;
            }
            if (i >= boundsMillis.length) {
                target = SHOWN_BOUNDS_MILLIS.length;
            }
            shown[target] += counts[i];
        }
        for (int i = 0; i < SHOWN_BOUNDS_MILLIS.length; i++) {
            upper[i] = SHOWN_BOUNDS_MILLIS[i] / 1000.0;
        }
        upper[SHOWN_BOUNDS_MILLIS.length] = Double.POSITIVE_INFINITY;
        return ClassicHistogramBuckets.of(upper, shown);
    }
}
