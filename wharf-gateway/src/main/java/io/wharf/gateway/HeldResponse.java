package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.Objects;

/**
 * A small response held back until the backend sent all of it, so that the client gets all of it or
 * nothing: if the backend dies mid-body, nothing went out and the request can still be retried elsewhere.
 */
final class HeldResponse {

    private final HttpResponse head;
    private final ByteBufAllocator allocator;
    private ByteBuf body = Unpooled.EMPTY_BUFFER;
    private boolean open = true;

    HeldResponse(HttpResponse head, ByteBufAllocator allocator) {
        Objects.requireNonNull(head, "head");
        if (head instanceof HttpContent) {
            throw new IllegalArgumentException("a full response needs no holding");
        }
        this.head = head;
        this.allocator = Objects.requireNonNull(allocator, "allocator");
    }

    /**
     * Whether a response is worth and small enough to hold: not yet complete, and without a body (the answer
     * to a HEAD) or with a Content-Length (not chunked) of at most {@code limit}.
     */
    static boolean fits(HttpResponse response, boolean headRequest, long limit) {
        if (response instanceof HttpContent) {
            return false;
        }
        if (headRequest) {
            return true;
        }
        String length = response.headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null || HttpUtil.isTransferEncodingChunked(response)) {
            return false;
        }
        try {
            long bytes = Long.parseLong(length.trim());
            return bytes >= 0 && bytes <= limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Takes ownership of {@code content}. */
    void add(HttpContent content) {
        if (!open || !content.content().isReadable()) {
            content.release();
            return;
        }
        if (!body.isReadable()) {
            body = content.content();
            return;
        }
        CompositeByteBuf parts = body instanceof CompositeByteBuf composite ? composite
                : allocator.compositeBuffer().addComponent(true, body);
        body = parts.addComponent(true, content.content());
    }

    /** The whole response, which the caller now owns; takes ownership of {@code last}. */
    FullHttpResponse complete(LastHttpContent last) {
        if (!open) {
            last.release();
            throw new IllegalStateException("already completed or released");
        }
        HttpHeaders trailers = last.trailingHeaders();
        add(last);
        open = false;
        return new DefaultFullHttpResponse(head.protocolVersion(), head.status(), body, head.headers(), trailers);
    }

    void release() {
        if (open) {
            open = false;
            body.release();
        }
    }
}
