package io.wharf.server.api;

import io.wharf.server.auth.Callers;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cap on work of one kind running at once; past it a caller gets 429 with a time to retry after. With a
 * cap per holder, one token cannot take all the places (a browser with many tabs of live streams).
 */
public final class Permits {
    private final Semaphore semaphore;
    private final String what;
    private final int retryAfterSeconds;
    private final int perHolder;
    private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

    public Permits(int max, String what, int retryAfterSeconds) {
        this(max, max, what, retryAfterSeconds);
    }

    /** @param perHolder how many places one holder (a token) may take at once */
    public Permits(int max, int perHolder, String what, int retryAfterSeconds) {
        if (max < 1 || retryAfterSeconds < 1 || perHolder < 1 || perHolder > max) {
            throw new IllegalArgumentException("max and retryAfterSeconds must be at least 1, perHolder from 1 to max");
        }
        this.semaphore = new Semaphore(max);
        this.what = what;
        this.retryAfterSeconds = retryAfterSeconds;
        this.perHolder = perHolder;
    }

    /** Holds one permit until the returned handle is closed. */
    public Permit acquire() {
        if (!semaphore.tryAcquire()) {
            throw new TooManyRequestsException("too many " + what + " at once; retry after " + retryAfterSeconds
                    + " s", retryAfterSeconds);
        }
        return semaphore::release;
    }

    /** As {@link #acquire()}, and at most {@code perHolder} at once for {@code holder}. */
    public Permit acquire(String holder) {
        boolean[] full = {false};
        held.compute(holder, (h, count) -> {
            int now = count == null ? 0 : count;
            full[0] = now >= perHolder;
            return full[0] ? count : now + 1;
        });
        if (full[0]) {
            throw new TooManyRequestsException("this token already holds " + perHolder + " " + what
                    + " at once (close a stream, such as a console tab); retry after " + retryAfterSeconds + " s",
                    retryAfterSeconds);
        }
        Permit place;
        try {
            place = acquire();
        } catch (TooManyRequestsException e) {
            release(holder);
            throw e;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                place.close();
                release(holder);
            }
        };
    }

    /** As {@link #acquire(String)} for the token of the request being served; {@link #acquire()} without one. */
    public Permit acquireForCaller() {
        return Callers.current().map(caller -> acquire(caller.tokenId())).orElseGet(this::acquire);
    }

    private void release(String holder) {
        held.computeIfPresent(holder, (h, count) -> count == 1 ? null : count - 1);
    }

    /** A held permit. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
