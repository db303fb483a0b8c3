package io.wharf.runtime.kubernetes;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Notices when the informer's watch comes back after it was down, so that listeners hear RESYNC:
 * events may have been missed meanwhile. It reads the informer's own flag; it sends no request.
 */
final class WatchMonitor implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final BooleanSupplier watching;
    private final Runnable onResumed;
    private boolean wasWatching;
    private boolean wasDown;

    WatchMonitor(String name, BooleanSupplier watching, Runnable onResumed, Duration interval) {
        this.watching = watching;
        this.onResumed = onResumed;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kubernetes-watch-monitor-" + name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        boolean now = watching.getAsBoolean();
        if (now && wasDown) {
            wasDown = false;
            onResumed.run();
        } else if (!now && wasWatching) {
            wasDown = true;
        }
        wasWatching = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
