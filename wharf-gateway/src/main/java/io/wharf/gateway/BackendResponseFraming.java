package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;

/**
 * Reads a backend connection's responses: each head becomes a {@link BackendResponse}, then exactly the body
 * that head frames follows as raw bytes (the last piece a {@code LastHttpContent}); a body that ends with the
 * connection ends when it closes. A malformed head or chunk becomes an invalid response, and nothing after it is
 * read. After a 101, what follows is held for the tunnel.
 */
final class BackendResponseFraming extends AbstractFraming {

    private enum State { HEAD, LENGTH, CHUNKED, UNTIL_CLOSE, UPGRADED, FAILED }

    private final int maxHeadBytes;
    private State state = State.HEAD;
    private boolean headRequest;
    private boolean dechunk;
    private long bodyLeft;
    private ChunkedBody chunks;

    BackendResponseFraming(int maxHeadBytes) {
        if (maxHeadBytes < 1) {
            throw new IllegalArgumentException("maxHeadBytes must be positive: " + maxHeadBytes);
        }
        this.maxHeadBytes = maxHeadBytes;
    }

    /**
     * Called for each request sent on this connection, before it is sent. {@code dechunk}: a chunked body goes
     * on as its data only, without chunk lines or trailers (for an HTTP/1.0 client, which cannot read chunks).
     */
    void answering(boolean headRequest, boolean dechunk) {
        this.headRequest = headRequest;
        this.dechunk = dechunk;
    }

    /** Whether the connection is between answers with nothing unread: only then may it serve another request. */
    boolean idle() {
        return state == State.HEAD && drained();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (state == State.FAILED) {
            bytes.release();
            return;
        }
        cumulate(bytes);
        try {
            while (pending != null && pending.isReadable() && step()) {
                // each step forwards what it can; the exchange may give the connection back or hand it over meanwhile
            }
        } catch (GatewayException invalid) {
            state = State.FAILED;
            releasePending();
            ctx.fireChannelRead(BackendResponse.invalid(invalid));
        }
        releaseIfDrained();
    }

    private boolean step() {
        switch (state) {
            case HEAD -> {
                ResponseHead head = ResponseHead.parse(pending, maxHeadBytes, headRequest);
                if (head == null) {
                    return false;
                }
                state = switch (head.body()) {
                    case NONE -> head.status() == 101 ? State.UPGRADED : State.HEAD;
                    case LENGTH -> State.LENGTH;
                    case CHUNKED -> State.CHUNKED;
                    case UNTIL_CLOSE -> State.UNTIL_CLOSE;
                };
                bodyLeft = head.contentLength();
                chunks = state == State.CHUNKED ? new ChunkedBody(maxHeadBytes, true) : null;
                ctx.fireChannelRead(BackendResponse.of(pending.readRetainedSlice(head.headLength()), head));
            }
            case LENGTH -> {
                int n = (int) Math.min(bodyLeft, pending.readableBytes());
                bodyLeft -= n;
                if (bodyLeft == 0) {
                    state = State.HEAD;
                }
                forward(n, n, bodyLeft == 0);
            }
            case CHUNKED -> {
                if (dechunk) {
                    forwardData();
                    return true;
                }
                long dataBefore = chunks.dataBytes();
                int n = chunks.scan(pending);
                if (chunks.done()) {
                    state = State.HEAD;
                }
                forward(n, chunks.dataBytes() - dataBefore, chunks.done());
            }
            case UNTIL_CLOSE -> {
                int n = pending.readableBytes();
                forward(n, n, false);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The next piece of a chunked body without its chunk lines: chunk data, or nothing forwarded for a line. */
    private void forwardData() {
        if (chunks.inData()) {
            int n = chunks.takeData(pending.readableBytes());
            forward(n, n, false);
            return;
        }
        pending.skipBytes(chunks.scanFraming(pending));
        if (chunks.done()) {
            state = State.HEAD;
            ctx.fireChannelRead(BodyBytes.of(Unpooled.EMPTY_BUFFER, 0, true));
        }
    }

    /** A body that lasts until the connection closes has ended. */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        releasePending();
        if (state == State.UNTIL_CLOSE) {
            state = State.HEAD;
            ctx.fireChannelRead(BodyBytes.of(Unpooled.EMPTY_BUFFER, 0, true));
        }
        ctx.fireChannelInactive();
    }

    /** Leaving for a tunnel (see {@link Tunnel}): what the backend sent after its 101 goes on as bytes. */
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        handOver(state == State.UPGRADED);
    }
}
