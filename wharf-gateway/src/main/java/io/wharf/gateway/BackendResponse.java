package io.wharf.gateway;

import io.netty.buffer.ByteBuf;

/**
 * A response head as the backend sent it, read by {@link BackendResponseFraming}, which the client's head is made
 * from. Its body, if any, follows as content messages of raw bytes, the last a {@code LastHttpContent}.
 */
final class BackendResponse extends RawHead<ResponseHead> {

    private BackendResponse(ByteBuf bytes, ResponseHead head) {
        super(bytes, head);
    }

    private BackendResponse(RuntimeException failure) {
        super(failure);
    }

    static BackendResponse of(ByteBuf bytes, ResponseHead head) {
        return new BackendResponse(bytes, head);
    }

    static BackendResponse invalid(RuntimeException failure) {
        return new BackendResponse(failure);
    }

    int status() {
        return head().status();
    }

    /** Whether the head is all there is: no body follows. */
    boolean complete() {
        return head().body() == ResponseHead.Body.NONE;
    }
}
