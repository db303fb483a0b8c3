package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.ReferenceCounted;
import java.util.Objects;

/**
 * A message head as it came, in either direction: its raw bytes (which the next hop's head is made from) and
 * what was read from them ({@code H}); or, for a head that was refused, only why. Releasing it releases the bytes.
 */
abstract class RawHead<H> extends AbstractReferenceCounted {

    private final ByteBuf bytes;
    private final H head;
    private final RuntimeException failure;

    /** Takes ownership of {@code bytes}, exactly the head {@code head} was read from. */
    protected RawHead(ByteBuf bytes, H head) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.head = Objects.requireNonNull(head, "head");
        this.failure = null;
    }

    protected RawHead(RuntimeException failure) {
        this.bytes = null;
        this.head = null;
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** Why the head was refused, or null. */
    final RuntimeException failure() {
        return failure;
    }

    final ByteBuf bytes() {
        return bytes;
    }

    final H head() {
        return head;
    }

    @Override
    protected final void deallocate() {
        if (bytes != null) {
            bytes.release();
        }
    }

    @Override
    public final ReferenceCounted touch(Object hint) {
        return this;
    }
}
