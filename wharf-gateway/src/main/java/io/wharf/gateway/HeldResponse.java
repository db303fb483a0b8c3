package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import java.util.Objects;

/**
 * A small response held back until the backend sent all of it, so that the client gets all of it or
 * nothing: if the backend dies mid-body, nothing went out and the request can still be retried elsewhere.
 */
final class HeldResponse {

    private final CompositeByteBuf whole;
    private boolean open = true;

    /** Takes ownership of {@code head}, the client's head of the response. */
    HeldResponse(ByteBuf head, ByteBufAllocator allocator) {
        Objects.requireNonNull(head, "head");
        this.whole = Objects.requireNonNull(allocator, "allocator").compositeBuffer().addComponent(true, head);
    }

    /** Whether a response is small enough to hold: a body framed by a Content-Length of at most {@code limit}. */
    static boolean fits(ResponseHead head, long limit) {
        return head.body() == ResponseHead.Body.LENGTH && head.contentLength() <= limit;
    }

    /** Takes ownership of {@code bytes}. */
    void add(ByteBuf bytes) {
        if (!open || !bytes.isReadable()) {
            bytes.release();
            return;
        }
        whole.addComponent(true, bytes);
    }

    /** The whole response, which the caller now owns; takes ownership of {@code last}. */
    ByteBuf complete(ByteBuf last) {
        if (!open) {
            last.release();
            throw new IllegalStateException("already completed or released");
        }
        add(last);
        open = false;
        return whole;
    }

    void release() {
        if (open) {
            open = false;
            whole.release();
        }
    }
}
