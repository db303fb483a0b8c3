package io.wharf.server.metrics;

import io.wharf.engine.Engine;
import io.wharf.engine.runtime.InstanceStats;
import io.wharf.engine.runtime.SupportsStats;
import io.wharf.gateway.AppCounters;
import io.wharf.gateway.Gateway;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads every app once: the gateway's counters, its instances from the engine, their usage from the runtime. */
final class MetricsSampler implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsSampler.class);

    private final AppDirectory directory;
    private final Engine engine;
    private final Optional<SupportsStats> stats;
    private final Gateway gateway;
    private final Readings readings;
    private final Clock clock;

    MetricsSampler(AppDirectory directory, Engine engine, Optional<SupportsStats> stats, Gateway gateway,
                   Readings readings, Clock clock) {
        this.directory = directory;
        this.engine = engine;
        this.stats = stats;
        this.gateway = gateway;
        this.readings = readings;
        this.clock = clock;
    }

    @Override
    public void run() {
        Set<AppKey> apps = directory.apps();
        readings.retain(apps);
        for (AppKey app : apps) {
            try {
                sample(app);
            } catch (RuntimeException e) {
                LOG.warn("could not sample the metrics of {}: {}", app, e.getMessage());
            }
        }
    }

    private void sample(AppKey app) {
        List<InstanceReading> seen = new ArrayList<>();
        double cpu = 0;
        long memory = 0;
        int ready = 0;
        for (Instance instance : engine.instances(app)) {
            InstanceStats usage = "running".equalsIgnoreCase(instance.state())
                    ? stats.flatMap(s -> readStats(s, instance.id())).orElse(null) : null;
            seen.add(new InstanceReading(instance.id(), instance.cluster(), instance.restarts(), usage));
            if (usage != null) {
                cpu += usage.cpuSeconds();
                memory += usage.memoryWorkingSetBytes();
            }
            ready += instance.ready() ? 1 : 0;
        }
        AppCounters counters = gateway.counters(app.system(), app.app());
        readings.record(app, seen, new Sample(clock.instant(), counters.requests(), counters.responses(5),
                counters.latencyCounts(), cpu, memory, ready));
    }

    private static Optional<InstanceStats> readStats(SupportsStats stats, String instance) {
        try {
            return stats.stats(instance);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
