package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Reads requests strictly, one at a time: a head that {@link RequestHead} accepts becomes a {@link ClientRequest},
 * then exactly the body that head frames follows as raw bytes. Anything ambiguous becomes a refused request
 * instead (answered 400/414/431, then the connection closes), and nothing after it is read.
 * Also closes a connection that does not send a whole request head within the header timeout.
 */
final class StrictFraming extends AbstractFraming {

    private enum State { HEAD, BODY, CHUNKED, HELD, REFUSED }

    private final int maxLineBytes;
    private final int maxHeadBytes;
    private final long headerTimeoutNanos;
    private State state = State.HEAD;
    private long bodyLeft;
    private ChunkedBody chunks;
    private boolean upgrade;
    private final Runnable onHeadTimeout = this::headTimedOut;
    private Deadline headDeadline;
    private boolean headArmed;

    StrictFraming(int maxLineBytes, int maxHeadBytes, long headerTimeoutNanos) {
        if (maxLineBytes < 1 || maxHeadBytes < 1 || headerTimeoutNanos <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxLineBytes = maxLineBytes;
        this.maxHeadBytes = maxHeadBytes;
        this.headerTimeoutNanos = headerTimeoutNanos;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        super.handlerAdded(ctx);
        this.headDeadline = new Deadline(ctx.executor());
        if (ctx.channel().isActive()) {
            armHeadTimer();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        armHeadTimer();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (state == State.REFUSED) {
            bytes.release();
            return;
        }
        cumulate(bytes);
        if (state == State.HELD && pending.readableBytes() > maxHeadBytes) {
            // a client must wait for the 101 before it speaks the new protocol: what it sends before is held,
            // and no more than a request head's worth of it
            releasePending();
            state = State.REFUSED;
            ctx.close();
            return;
        }
        process();
    }

    /** The answer to an upgrade request was not a 101: what the client sent next is HTTP again. */
    void resume() {
        if (state == State.HELD) {
            state = State.HEAD;
            process();
        }
    }

    private void process() {
        try {
            while (pending != null && pending.isReadable() && step()) {
                // each step forwards what it can; the decoder's handlers may call resume() meanwhile
            }
        } catch (GatewayException | TooLongFrameException refused) {
            refuse(refused);
        }
        releaseIfDrained();
    }

    private boolean step() {
        switch (state) {
            case HEAD -> {
                armHeadTimer();
                RequestHead head = RequestHead.parse(pending, maxLineBytes, maxHeadBytes);
                if (head == null) {
                    return false;
                }
                cancelHeadTimer();
                RequestHead.Framing framing = head.framing();
                upgrade = framing.upgrade();
                bodyLeft = framing.bodyLength();
                chunks = bodyLeft == RequestHead.CHUNKED ? new ChunkedBody(maxHeadBytes) : null;
                state = chunks != null ? State.CHUNKED : bodyLeft > 0 ? State.BODY : afterBody();
                ctx.fireChannelRead(ClientRequest.of(pending.readRetainedSlice(framing.headLength()), head));
            }
            case BODY -> {
                int n = (int) Math.min(bodyLeft, pending.readableBytes());
                bodyLeft -= n;
                if (bodyLeft == 0) {
                    state = afterBody();
                }
                forward(n, n, bodyLeft == 0);
            }
            case CHUNKED -> {
                long dataBefore = chunks.dataBytes();
                int n = chunks.scan(pending);
                if (chunks.done()) {
                    state = afterBody();
                }
                forward(n, chunks.dataBytes() - dataBefore, chunks.done());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** An upgrade request's next bytes wait: they are the new protocol's if the backend switches. */
    private State afterBody() {
        return upgrade ? State.HELD : State.HEAD;
    }


    private void refuse(RuntimeException cause) {
        state = State.REFUSED;
        cancelHeadTimer();
        releasePending();
        ctx.fireChannelRead(ClientRequest.refused(cause));
    }

    /** Armed when a head is awaited; its one scheduled task is reused from request to request. */
    private void armHeadTimer() {
        if (!headArmed && state == State.HEAD) {
            headArmed = true;
            headDeadline.arm(headerTimeoutNanos, onHeadTimeout);
        }
    }

    private void cancelHeadTimer() {
        if (headArmed) {
            headArmed = false;
            headDeadline.disarm();
        }
    }

    private void headTimedOut() {
        headArmed = false;
        if (state == State.HEAD) {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        headDeadline.close();
        releasePending();
        ctx.fireChannelInactive();
    }

    /** Leaving for a tunnel (see {@link Tunnel}): what the client sent after its upgrade request goes on as bytes. */
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        headDeadline.close();
        handOver(state == State.HELD);
    }
}
