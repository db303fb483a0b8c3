package io.wharf.gateway;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** Request counters of one app: totals, status classes and a latency histogram with fixed buckets. */
public final class AppCounters {

    private static final long[] BUCKET_BOUNDS_MILLIS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    private final LongAdder requests = new LongAdder();
    private final LongAdder[] statusClasses = adders(5);
    private final LongAdder[] latency = adders(BUCKET_BOUNDS_MILLIS.length + 1);

    public long requests() {
        return requests.sum();
    }

    /** Responses of one status class: 1 for 1xx up to 5 for 5xx. */
    public long responses(int statusClass) {
        if (statusClass < 1 || statusClass > 5) {
            throw new GatewayException("status class must be 1..5: " + statusClass);
        }
        return statusClasses[statusClass - 1].sum();
    }

    /** Upper bounds (inclusive, in milliseconds) of all buckets but the last, which is unbounded. */
    public long[] latencyBucketBoundsMillis() {
        return BUCKET_BOUNDS_MILLIS.clone();
    }

    /** Counts per latency bucket; one longer than {@link #latencyBucketBoundsMillis()}. */
    public long[] latencyCounts() {
        return Arrays.stream(latency).mapToLong(LongAdder::sum).toArray();
    }

    void record(int status, long elapsedNanos) {
        requests.increment();
        int statusClass = status / 100;
        if (statusClass >= 1 && statusClass <= 5) {
            statusClasses[statusClass - 1].increment();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(elapsedNanos);
        int bucket = 0;
        while (bucket < BUCKET_BOUNDS_MILLIS.length && millis > BUCKET_BOUNDS_MILLIS[bucket]) {
            bucket++;
        }
        latency[bucket].increment();
    }

    private static LongAdder[] adders(int count) {
        LongAdder[] adders = new LongAdder[count];
        Arrays.setAll(adders, i -> new LongAdder());
        return adders;
    }
}
