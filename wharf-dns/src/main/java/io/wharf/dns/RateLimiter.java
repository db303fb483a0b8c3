package io.wharf.dns;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides, per client prefix, whether a UDP query is answered, slips (gets a truncated answer) or is dropped;
 * thread-safe and lock-free. The table of prefixes is bounded: when it is full, idle prefixes are swept out
 * (at most once a second), and prefixes that still find no room share one bucket.
 */
final class RateLimiter {

    enum Verdict { ANSWER, SLIP, DROP }

    static final int MAX_PREFIXES = 65_536;

    private static final long SWEEP_INTERVAL = TimeUnit.SECONDS.toNanos(1);

    private final ResponseRateLimit limit;
    private final LongSupplier nanoClock;
    private final long interval;
    private final long tolerance;
    private final Map<Long, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket shared;
    private final AtomicLong lastSweep;

    RateLimiter(ResponseRateLimit limit, LongSupplier nanoClock) {
        if (limit == null || nanoClock == null) {
            throw new IllegalArgumentException("limit and nanoClock are required");
        }
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.interval = limit.enabled() ? TimeUnit.SECONDS.toNanos(1) / limit.responsesPerSecond() : 0;
        this.tolerance = interval * (limit.burst() - 1);
        long now = nanoClock.getAsLong();
        this.shared = new TokenBucket(now);
        this.lastSweep = new AtomicLong(now - SWEEP_INTERVAL);
    }

    static RateLimiter of(ResponseRateLimit limit) {
        return new RateLimiter(limit, System::nanoTime);
    }

    /** A client without a known address (none on a real socket) is answered. */
    Verdict verdict(InetAddress client) {
        if (!limit.enabled() || client == null) {
            return Verdict.ANSWER;
        }
        long now = nanoClock.getAsLong();
        TokenBucket bucket = bucket(ClientPrefix.of(client), now);
        if (bucket.take(now, interval, tolerance)) {
            return Verdict.ANSWER;
        }
        return bucket.slips(limit.slip()) ? Verdict.SLIP : Verdict.DROP;
    }

    int prefixes() {
        return buckets.size();
    }

    private TokenBucket bucket(long prefix, long now) {
        TokenBucket bucket = buckets.get(prefix);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_PREFIXES && !sweep(now)) {
            return shared;
        }
        return buckets.computeIfAbsent(prefix, p -> new TokenBucket(now));
    }

    /** Removes the prefixes whose bucket is full again; false if it is not time to sweep or nothing was freed. */
    private boolean sweep(long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_INTERVAL || !lastSweep.compareAndSet(last, now)) {
            return false;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        return buckets.size() < MAX_PREFIXES;
    }
}
