package io.wharf.gateway;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Waits until no request is in flight to a backend that was taken out of the routes. */
final class BackendDrain {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final EventLoopGroup loops;
    private final BackendHealth health;

    BackendDrain(EventLoopGroup loops, BackendHealth health) {
        this.loops = loops;
        this.health = health;
    }

    /** Whether no request is in flight to {@code address} ({@code host:port}) within {@code max}. */
    boolean await(String address, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            if (!everyLoopRanPast(deadline)) {
                return false;
            }
            while (health.inFlight(address) > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                LockSupport.parkNanos(Math.min(left, POLL_NANOS));
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs a task queued now on every event loop. An exchange picks its backend from the routes and counts
     * it as in flight within one task of its loop: once each loop ran past this moment, an exchange that
     * picked the backend from routes older than it is counted.
     */
    private boolean everyLoopRanPast(long deadline) throws InterruptedException {
        List<Future<?>> passes = new ArrayList<>();
        try {
            for (EventExecutor loop : loops) {
                passes.add(loop.submit(() -> { }));
            }
        } catch (RejectedExecutionException closed) {
            return true; // the gateway is closing: nothing is in flight any more
        }
        for (Future<?> pass : passes) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !pass.await(left, TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }
}
