package io.wharf.server.api;

import java.util.concurrent.Semaphore;

/** A cap on work of one kind running at once; past it a caller gets 429 with a time to retry after. */
public final class Permits {
    private final Semaphore semaphore;
    private final String what;
    private final int retryAfterSeconds;

    public Permits(int max, String what, int retryAfterSeconds) {
        if (max < 1 || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("max and retryAfterSeconds must be at least 1");
        }
        this.semaphore = new Semaphore(max);
        this.what = what;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Holds one permit until the returned handle is closed. */
    public Permit acquire() {
        if (!semaphore.tryAcquire()) {
            throw new TooManyRequestsException("too many " + what + " at once; retry after " + retryAfterSeconds
                    + " s", retryAfterSeconds);
        }
        return semaphore::release;
    }

    /** A held permit. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
