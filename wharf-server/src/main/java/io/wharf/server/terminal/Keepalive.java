package io.wharf.server.terminal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A session's clock: a ping every interval, and the end of a session that has had no input and no
 * output for the idle timeout (checked when it could first have run out, then again as activity
 * moves the deadline).
 */
final class Keepalive {
    private final ScheduledExecutorService timer;
    private final Duration idleTimeout;
    private final LongSupplier nanos;
    private final AtomicLong lastActivity;
    private final Runnable onIdle;
    private final ScheduledFuture<?> pings;
    private volatile ScheduledFuture<?> idleCheck;
    private volatile boolean stopped;

    Keepalive(ScheduledExecutorService timer, Duration pingInterval, Duration idleTimeout, LongSupplier nanos,
              Runnable ping, Runnable onIdle) {
        this.timer = timer;
        this.idleTimeout = idleTimeout;
        this.nanos = nanos;
        this.onIdle = onIdle;
        this.lastActivity = new AtomicLong(nanos.getAsLong());
        this.pings = timer.scheduleAtFixedRate(ping, pingInterval.toNanos(), pingInterval.toNanos(), TimeUnit.NANOSECONDS);
        this.idleCheck = timer.schedule(this::checkIdle, idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Input came in or output went out. */
    void touch() {
        lastActivity.set(nanos.getAsLong());
    }

    private void checkIdle() {
        if (stopped) {
            return;
        }
        long quiet = nanos.getAsLong() - lastActivity.get();
        long left = idleTimeout.toNanos() - quiet;
        if (left <= 0) {
            stop();
            onIdle.run();
        } else {
            idleCheck = timer.schedule(this::checkIdle, left, TimeUnit.NANOSECONDS);
        }
    }

    void stop() {
        stopped = true;
        pings.cancel(false);
        idleCheck.cancel(false);
    }
}
