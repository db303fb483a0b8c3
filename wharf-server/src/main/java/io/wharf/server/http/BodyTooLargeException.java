package io.wharf.server.http;

import java.io.IOException;

/** A request body went past the API's cap while it was read. */
public final class BodyTooLargeException extends IOException {
    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
