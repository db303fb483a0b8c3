package io.wharf.dns;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One prefix's allowance, kept as the generic cell rate algorithm's theoretical arrival time: an answer is
 * allowed while that time is at most {@code tolerance} ahead of now, and each answer moves it one interval on.
 */
final class TokenBucket {

    private final AtomicLong arrival;
    private final AtomicInteger limited = new AtomicInteger();

    TokenBucket(long now) {
        arrival = new AtomicLong(now);
    }

    boolean take(long now, long interval, long tolerance) {
        while (true) {
            long current = arrival.get();
            long base = current - now > 0 ? current : now;
            if (base - now > tolerance) {
                return false;
            }
            if (arrival.compareAndSet(current, base + interval)) {
                return true;
            }
        }
    }

    /** Counts one limited query; true for every {@code slip}-th. */
    boolean slips(int slip) {
        int count = limited.incrementAndGet();
        return slip > 0 && Integer.remainderUnsigned(count, slip) == 0;
    }

    boolean isFull(long now) {
        return arrival.get() - now <= 0;
    }
}
