package io.wharf.server.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the sampler on one daemon thread, a fixed delay apart so that a slow round never piles up. */
final class SamplingSchedule implements AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "wharf-metrics");
        thread.setDaemon(true);
        return thread;
    });

    SamplingSchedule(Runnable sampler, Duration interval) {
        executor.scheduleWithFixedDelay(sampler, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
