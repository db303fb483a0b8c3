package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.ReferenceCounted;
import java.util.Objects;

/**
 * A request head as the client sent it, read by {@link StrictFraming}: its raw bytes, which the backend head is
 * made from, and what routing and framing need. Its body, if any, follows as content messages of raw bytes, the
 * last a {@code LastHttpContent}. A refused head carries only why.
 */
final class ClientRequest extends AbstractReferenceCounted {

    private final ByteBuf bytes;
    private final RequestHead head;
    private final RuntimeException failure;
    private final HttpMethod method;

    private ClientRequest(ByteBuf bytes, RequestHead head, RuntimeException failure) {
        this.bytes = bytes;
        this.head = head;
        this.failure = failure;
        this.method = head == null ? HttpMethod.GET : HttpMethod.valueOf(head.method());
    }

    /** Takes ownership of {@code bytes}, exactly the head {@code head} was read from. */
    static ClientRequest of(ByteBuf bytes, RequestHead head) {
        return new ClientRequest(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(head, "head"), null);
    }

    static ClientRequest refused(RuntimeException failure) {
        return new ClientRequest(null, null, Objects.requireNonNull(failure, "failure"));
    }

    /** Why the head was refused, or null. */
    RuntimeException failure() {
        return failure;
    }

    ByteBuf bytes() {
        return bytes;
    }

    RequestHead head() {
        return head;
    }

    HttpMethod method() {
        return method;
    }

    boolean isHead() {
        return method.equals(HttpMethod.HEAD);
    }

    boolean http10() {
        return head != null && head.http10();
    }

    boolean keepAlive() {
        return head != null && head.keepAlive();
    }

    String host() {
        return head.host();
    }

    /** The body's length, 0 for none, {@link RequestHead#CHUNKED} for a chunked one. */
    long bodyLength() {
        return head.framing().bodyLength();
    }

    boolean hasBody() {
        return head != null && bodyLength() != 0;
    }

    boolean expectContinue() {
        return head.expectContinue();
    }

    /** Whether the client asks to switch protocols ({@code Connection: upgrade} and an {@code Upgrade} header). */
    boolean upgrade() {
        return head != null && head.framing().upgrade();
    }

    /** Releasing it releases the raw head: it is no longer needed once the backend head was made from it. */
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
