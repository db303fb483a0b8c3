package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpMethod;

/**
 * A request head as the client sent it, read by {@link StrictFraming}, which the backend head is made from, and
 * what routing and framing need. Its body, if any, follows as content messages of raw bytes, the last a
 * {@code LastHttpContent}. A refused head carries only why.
 */
final class ClientRequest extends RawHead<RequestHead> {

    private final HttpMethod method;

    private ClientRequest(ByteBuf bytes, RequestHead head) {
        super(bytes, head);
        this.method = HttpMethod.valueOf(head().method());
    }

    private ClientRequest(RuntimeException failure) {
        super(failure);
        this.method = HttpMethod.GET;
    }

    static ClientRequest of(ByteBuf bytes, RequestHead head) {
        return new ClientRequest(bytes, head);
    }

    static ClientRequest refused(RuntimeException failure) {
        return new ClientRequest(failure);
    }

    HttpMethod method() {
        return method;
    }

    boolean isHead() {
        return method.equals(HttpMethod.HEAD);
    }

    boolean http10() {
        return head() != null && head().http10();
    }

    boolean keepAlive() {
        return head() != null && head().keepAlive();
    }

    String host() {
        return head().host();
    }

    /** The body's length, 0 for none, {@link RequestHead#CHUNKED} for a chunked one. */
    long bodyLength() {
        return head().framing().bodyLength();
    }

    boolean hasBody() {
        return head() != null && bodyLength() != 0;
    }

    boolean expectContinue() {
        return head().expectContinue();
    }

    /** Whether the client asks to switch protocols ({@code Connection: upgrade} and an {@code Upgrade} header). */
    boolean upgrade() {
        return head() != null && head().framing().upgrade();
    }
}
