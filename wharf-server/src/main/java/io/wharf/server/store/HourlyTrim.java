package io.wharf.server.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes kept rows older than their retention, a second after start and then every hour, on a daemon
 * thread of its own. A failed trim is logged and tried again at the next hour.
 */
public final class HourlyTrim implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HourlyTrim.class);
    private final ScheduledExecutorService timer;

    /** @param trim deletes what is older than the given cutoff and says how many rows went */
    public HourlyTrim(String what, Duration retention, Clock clock, ToIntFunction<Instant> trim) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(trim, "trim");
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, what + "-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int trimmed = trim.applyAsInt(clock.instant().minus(retention));
                if (trimmed > 0) {
                    LOG.info("{}: {} rows older than {} removed", what, trimmed, retention);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: trimming failed, will retry: {}", what, e.getMessage());
            }
        }, 1, 3600, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
