package io.wharf.server.metrics;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wharf.engine.WorkQueueStats;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's work queues by {@code queue}: {@code wharf_reconcile_queue_depth} (apps waiting for a
 * pass) and {@code wharf_reconcile_duration_seconds} (count and sum of the passes' time).
 */
final class ReconcileSeries {
    static final List<String> QUEUES = List.of("reconcile", "cluster-apply", "cluster-status");

    private ReconcileSeries() {
    }

    static void bind(MeterRegistry registry) {
        for (String queue : QUEUES) {
            Gauge.builder("wharf.reconcile.queue.depth", () -> WorkQueueStats.of(queue).waiting())
                    .description("Apps waiting for a reconcile pass").tag("queue", queue).register(registry);
            FunctionTimer.builder("wharf.reconcile.duration", queue, q -> WorkQueueStats.of(q).handled(),
                            q -> WorkQueueStats.of(q).seconds(), TimeUnit.SECONDS)
                    .description("Time spent in reconcile passes").tag("queue", queue).register(registry);
        }
    }
}
