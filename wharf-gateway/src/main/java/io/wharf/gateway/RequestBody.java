package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/** The body of one request on its way to a backend: queued until a backend connection is there, then streamed. */
final class RequestBody {

    private static final int MAX_QUEUED = 16;

    private final long maxBytes;
    private ArrayDeque<HttpContent> queued;
    private long bytes;
    private boolean anyByteSent;
    private boolean lastSent;

    RequestBody(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Counts {@code content} in (its data, not the chunk lines around it); whether the body is still within the limit. */
    boolean count(HttpContent content) {
        bytes += BodyBytes.dataBytes(content);
        return bytes <= maxBytes;
    }

    /** Keeps {@code content} until a backend connection is there; whether the client should pause. */
    boolean queue(HttpContent content) {
        if (queued == null) {
            queued = new ArrayDeque<>();
        }
        queued.add(content);
        return queued.size() > MAX_QUEUED;
    }

    /**
     * Sends what came so far to a newly acquired backend connection, without flushing: what was queued, or,
     * on a second attempt (only for a request that sent no body byte yet), the end of the body if it came.
     */
    void sendTo(Channel channel) {
        if (lastSent) {
            send(channel, LastHttpContent.EMPTY_LAST_CONTENT);
        }
        while (queued != null && !queued.isEmpty()) {
            send(channel, queued.poll());
        }
    }

    void send(Channel channel, HttpContent content) {
        anyByteSent |= content.content().isReadable();
        lastSent |= content instanceof LastHttpContent;
        // A failed write closes the backend connection (see ProxyBackendHandler), which the exchange handles.
        channel.write(content.content(), channel.voidPromise());
    }

    boolean anyByteSent() {
        return anyByteSent;
    }

    boolean lastSent() {
        return lastSent;
    }

    void release() {
        if (queued != null) {
            queued.forEach(HttpContent::release);
            queued.clear();
        }
    }
}
