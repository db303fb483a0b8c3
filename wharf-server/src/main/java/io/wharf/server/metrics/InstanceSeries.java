package io.wharf.server.metrics;

import io.wharf.engine.runtime.InstanceStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The instances of one app as they are shown on /metrics: the first {@link #SHOWN} by name each on their
 * own, the rest summed into one instance named {@value #OTHERS}, so that an app never has more than
 * {@link MetricsCollector#MAX_SERIES_PER_APP} series however many instances it runs.
 */
final class InstanceSeries {
    static final int SHOWN = 4;
    static final String OTHERS = "_others";

    private InstanceSeries() {
    }

    static List<InstanceReading> bounded(List<InstanceReading> instances) {
        List<InstanceReading> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparing(InstanceReading::instance));
        if (sorted.size() <= SHOWN + 1) {
            return sorted;
        }
        List<InstanceReading> shown = new ArrayList<>(sorted.subList(0, SHOWN));
        shown.add(sum(sorted.subList(SHOWN, sorted.size())));
        return shown;
    }

    private static InstanceReading sum(List<InstanceReading> rest) {
        int restarts = 0;
        double cpu = 0;
        long memory = 0;
        long limit = 0;
        long received = 0;
        long sent = 0;
        boolean anyStats = false;
        for (InstanceReading reading : rest) {
            restarts += reading.restarts();
            InstanceStats stats = reading.stats();
            if (stats != null) {
                anyStats = true;
                cpu += stats.cpuSeconds();
                memory += stats.memoryWorkingSetBytes();
                limit += stats.memoryLimitBytes();
                received += stats.networkReceiveBytes();
                sent += stats.networkTransmitBytes();
            }
        }
        String cluster = rest.stream().map(InstanceReading::cluster).distinct().count() == 1 ? rest.get(0).cluster() : OTHERS;
        return new InstanceReading(OTHERS, cluster, restarts,
                anyStats ? new InstanceStats(cpu, memory, limit, received, sent) : null);
    }
}
