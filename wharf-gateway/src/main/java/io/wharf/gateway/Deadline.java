package io.wharf.gateway;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A timeout that one connection arms for every request: it keeps one scheduled task, moved only when the
 * task fires early, so arming and disarming cost no scheduling. Used only from its event loop.
 */
final class Deadline {

    private final EventExecutor loop;
    private Runnable onExpiry;
    private long deadlineNanos;
    private ScheduledFuture<?> check;

    Deadline(EventExecutor loop) {
        this.loop = Objects.requireNonNull(loop, "loop");
    }

    void arm(long nanos, Runnable onExpiry) {
        this.onExpiry = Objects.requireNonNull(onExpiry, "onExpiry");
        deadlineNanos = loop.ticker().nanoTime() + nanos;
        if (check == null) {
            check = loop.schedule(this::check, nanos, TimeUnit.NANOSECONDS);
        }
    }

    void disarm() {
        onExpiry = null;
    }

    /** Disarms and drops the scheduled task: for a connection that closed. */
    void close() {
        onExpiry = null;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    private void check() {
        check = null;
        Runnable expiry = onExpiry;
        if (expiry == null) {
            return;
        }
        long left = deadlineNanos - loop.ticker().nanoTime();
        if (left > 0) {
            check = loop.schedule(this::check, left, TimeUnit.NANOSECONDS);
        } else {
            onExpiry = null;
            expiry.run();
        }
    }
}
