package io.wharf.gateway;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters of one app: totals, status classes, a latency histogram with fixed buckets, body bytes
 * and the exchanges in flight. Cheap to update from any event loop: nothing is allocated per request.
 */
public final class AppCounters {

    private static final long[] BUCKET_BOUNDS_MILLIS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    private final LongAdder requests = new LongAdder();
    private final LongAdder[] statusClasses = adders(5);
    private final LongAdder[] latency = adders(BUCKET_BOUNDS_MILLIS.length + 1);
    private final LongAdder latencyNanos = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder inFlight = new LongAdder();

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

    /** The sum of all recorded latencies, in seconds (a histogram's {@code _sum}). */
    public double latencySecondsSum() {
        return latencyNanos.sum() / 1e9;
    }

    /** Request body bytes received from clients. */
    public long bytesReceived() {
        return bytesReceived.sum();
    }

    /** Response body bytes sent to clients. */
    public long bytesSent() {
        return bytesSent.sum();
    }

    /** Proxied exchanges in progress, each holding one backend connection. */
    public long openExchanges() {
        return inFlight.sum();
    }

    void exchangeStarted() {
        inFlight.increment();
    }

    void exchangeEnded() {
        inFlight.decrement();
    }

    void addBodyBytes(long received, long sent) {
        if (received > 0) {
            bytesReceived.add(received);
        }
        if (sent > 0) {
            bytesSent.add(sent);
        }
    }

    void record(int status, long elapsedNanos) {
        requests.increment();
        latencyNanos.add(elapsedNanos);
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
