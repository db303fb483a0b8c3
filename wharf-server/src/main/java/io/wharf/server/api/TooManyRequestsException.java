package io.wharf.server.api;

import org.springframework.http.HttpStatus;

/** A limit on concurrent work was reached; the client may retry after {@code retryAfterSeconds}. */
public final class TooManyRequestsException extends ApiException {
    private final int retryAfterSeconds;

    public TooManyRequestsException(String detail, int retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
