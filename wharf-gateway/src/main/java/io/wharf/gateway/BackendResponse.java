package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.ReferenceCounted;
import java.util.Objects;

/**
 * A response head as the backend sent it, read by {@link BackendResponseFraming}: its raw bytes, which the
 * client's head is made from, and how its body ends. Its body, if any, follows as content messages of raw
 * bytes, the last a {@code LastHttpContent}. An invalid head carries only why.
 */
final class BackendResponse extends AbstractReferenceCounted {

    private final ByteBuf bytes;
    private final ResponseHead head;
    private final RuntimeException failure;

    private BackendResponse(ByteBuf bytes, ResponseHead head, RuntimeException failure) {
        this.bytes = bytes;
        this.head = head;
        this.failure = failure;
    }

    /** Takes ownership of {@code bytes}, exactly the head {@code head} was read from. */
    static BackendResponse of(ByteBuf bytes, ResponseHead head) {
        return new BackendResponse(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(head, "head"), null);
    }

    static BackendResponse invalid(RuntimeException failure) {
        return new BackendResponse(null, null, Objects.requireNonNull(failure, "failure"));
    }

    /** Why the head was refused, or null. */
    RuntimeException failure() {
        return failure;
    }

    ByteBuf bytes() {
        return bytes;
    }

    ResponseHead head() {
        return head;
    }

    int status() {
        return head.status();
    }

    /** Whether the head is all there is: no body follows. */
    boolean complete() {
        return head.body() == ResponseHead.Body.NONE;
    }

    @Override
    protected void deallocate() {
        if (bytes != null) {
            bytes.release();
        }
    }

    @Override
    public ReferenceCounted touch(Object hint) {
        return this;
    }
}
