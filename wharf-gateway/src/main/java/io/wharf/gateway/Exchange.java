package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.util.List;

/**
 * One proxied request: picks a backend, streams the request to it and the response back, and
 * retries an idempotent request if an attempt fails before any response byte went to the client (see
 * {@link Attempts}). A small response to such a request is held until complete, so that even a
 * backend dying mid-body can be retried. Runs on the client channel's event loop, which also owns the
 * backend connections it uses.
 */
final class Exchange {

    private final ProxyFrontendHandler owner;
    private final ChannelHandlerContext client;
    private final GatewayContext gateway;
    private final AppRoute route;
    private final ClientRequest request;
    /** The head each attempt sends: made once from the client's, released when the exchange ends. */
    private ByteBuf head;
    private final boolean keepAliveClient;
    private final long startNanos = System.nanoTime();
    /** Body bytes not yet added to the app's counters: added once per answer, not once per chunk. */
    private long bytesReceived;
    private long bytesSent;
    private final Attempts attempts;
    private final AppCounters counters;
    private final RequestBody body;
    private HeldResponse held;
    private Backend backend;
    private BackendLeg leg;
    private final Deadline deadline;
    private boolean requestComplete;
    private boolean responseStarted;
    private boolean skippingInformational;
    private boolean upgrading;
    private boolean backendKeepAlive;
    /** Whether the backend connection of the current attempt sent anything yet. */
    private boolean responseBegun;
    private int status;
    private boolean done;

    Exchange(ProxyFrontendHandler owner, ChannelHandlerContext client, GatewayContext gateway, AppRoute route,
             AppCounters counters, Deadline deadline, ClientRequest request, ByteBuf head, boolean keepAliveClient) {
        this.counters = counters;
        this.deadline = deadline;
        this.owner = owner;
        this.client = client;
        this.gateway = gateway;
        this.route = route;
        this.request = request;
        this.head = head;
        this.keepAliveClient = keepAliveClient;
        this.attempts = new Attempts(route, request.method());
        this.body = new RequestBody(gateway.settings().maxBodyBytes());
    }

    boolean requestComplete() {
        return requestComplete;
    }

    void start() {
        counters.exchangeStarted();
        attempt();
    }

    void onClientContent(HttpContent content) {
        bytesReceived += RequestBytes.dataBytes(content);
        boolean withinLimit = body.count(content);
        if (content instanceof LastHttpContent) {
            requestComplete = true;
            deadline.arm(gateway.settings().responseTimeout().toNanos(), this::onTimeout);
        }
        if (done) {
            content.release();
        } else if (!withinLimit) {
            content.release();
            failAndClose(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    "request body is larger than " + gateway.settings().maxBodyBytes() + " bytes");
        } else if (leg == null) {
            if (body.queue(content)) {
                client.channel().config().setAutoRead(false);
            }
        } else {
            body.send(leg.channel(), content);
            leg.channel().flush();
            if (!leg.channel().isWritable()) {
                client.channel().config().setAutoRead(false);
            }
        }
    }

    private void attempt() {
        List<Backend> candidates = attempts.candidates(gateway.routes().snapshot().app(route.system(), route.app()),
                gateway.health());
        if (candidates.isEmpty()) {
            fail(HttpResponseStatus.BAD_GATEWAY, "no backend of app " + route.key() + " is left to try");
            return;
        }
        Backend chosen = route.balancer().pick(candidates, gateway.health()::inFlight);
        attempts.trying(chosen);
        BackendPool chosenPool = gateway.pools().pool(client.channel().eventLoop(), chosen);
        chosenPool.health().started();
        Future<Channel> acquired = attempts.newConnectionsOnly() ? chosenPool.connect() : chosenPool.acquire();
        if (acquired.isDone()) {
            onAcquired(chosen, chosenPool, acquired);
        } else {
            acquired.addListener(f -> onAcquired(chosen, chosenPool, acquired));
        }
    }

    private void onAcquired(Backend chosen, BackendPool chosenPool, Future<Channel> acquired) {
        if (!acquired.isSuccess()) {
            chosenPool.health().ended();
            gateway.health().connectFailed(chosen);
            if (!done) {
                retryOrFail(Attempts.Failure.CONNECT, "cannot connect to backend " + chosen.instanceId()
                        + " of app " + route.key() + ": " + acquired.cause().getMessage());
            }
            return;
        }
        Channel channel = acquired.getNow();
        chosenPool.health().connectSucceeded();
        if (done) {
            chosenPool.health().ended();
            chosenPool.release(channel);
            return;
        }
        backend = chosen;
        responseBegun = false;
        skippingInformational = false;
        leg = new BackendLeg(chosen, chosenPool, channel, this, request.isHead());
        channel.write(head.retainedDuplicate(), channel.voidPromise());
        body.sendTo(channel);
        channel.flush();
        if (!requestComplete) {
            client.channel().config().setAutoRead(channel.isWritable());
        }
    }

    private void retryOrFail(Attempts.Failure failure, String detail) {
        if (!responseStarted && attempts.retry(failure, body.anyByteSent())) {
            attempt();
        } else {
            fail(HttpResponseStatus.BAD_GATEWAY, detail);
        }
    }

    void onBackendMessage(HttpObject msg) {
        if (done || msg.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            if (!done) {
                detach(false);
                fail(HttpResponseStatus.BAD_GATEWAY, "backend " + backend.instanceId() + " of app " + route.key()
                        + " sent an invalid response");
            }
            return;
        }
        responseBegun = true;
        if (msg instanceof HttpContent content) {
            bytesSent += content.content().readableBytes();
        }
        if (upgrading) {
            ReferenceCountUtil.release(msg);
            if (msg instanceof LastHttpContent) {
                switchToTunnel();
            }
            return;
        }
        if (msg instanceof HttpResponse response) {
            int code = response.status().code();
            if (code == HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
                startUpgrade(response);
                return;
            }
            if (code < 200) {
                skippingInformational = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                return;
            }
            status = code;
            backendKeepAlive = HttpUtil.isKeepAlive(response);
            boolean headRequest = request.isHead();
            ForwardedHeaders.toClient(response, headRequest);
            HttpUtil.setKeepAlive(response, keepAliveClient && requestComplete);
            if (attempts.anotherPossible(body.anyByteSent())
                    && HeldResponse.fits(response, headRequest, gateway.settings().heldResponseBytes())) {
                held = new HeldResponse(response, client.alloc());
                return;
            }
            cancelTimeout();
            responseStarted = true;
        } else if (skippingInformational) {
            skippingInformational = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        } else if (held != null) {
            hold((HttpContent) msg);
            return;
        }
        if (msg instanceof LastHttpContent) {
            complete(msg);
        } else {
            client.write(msg, client.voidPromise()); // flushed once per backend read burst: see flushToClient()
            if (msg instanceof HttpContent && !client.channel().isWritable()) {
                leg.channel().config().setAutoRead(false);
            }
        }
    }

    private void startUpgrade(HttpResponse response) {
        ReferenceCountUtil.release(response);
        if (!request.upgrade()) {
            detach(false);
            fail(HttpResponseStatus.BAD_GATEWAY, "backend " + backend.instanceId() + " of app " + route.key()
                    + " switched protocols unasked");
            return;
        }
        cancelTimeout();
        responseStarted = true;
        status = response.status().code();
        ForwardedHeaders.toClient(response, false);
        client.writeAndFlush(new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                Unpooled.EMPTY_BUFFER, response.headers(), EmptyHttpHeaders.INSTANCE));
        upgrading = true;
        if (response instanceof LastHttpContent) {
            switchToTunnel();
        }
    }

    /** The 101 went out: from now on, the client and the backend connection relay bytes to each other. */
    private void switchToTunnel() {
        Channel channel = leg.handOver();
        leg = null;
        record(status);
        markDone();
        cancelTimeout();
        releasePending();
        owner.exchangeUpgraded();
        Tunnel.open(client.channel(), channel, gateway.settings().upgradedIdleTimeout());
    }

    private void hold(HttpContent content) {
        if (content instanceof LastHttpContent last) {
            HeldResponse whole = held;
            held = null;
            cancelTimeout();
            responseStarted = true;
            complete(whole.complete(last));
        } else {
            held.add(content);
        }
    }

    private void complete(HttpObject last) {
        detach(backendKeepAlive && body.lastSent());
        record(status);
        client.writeAndFlush(last, client.voidPromise());
        finish(!keepAliveClient || !requestComplete);
    }

    /** The backend's read burst ended: send what it produced in one go (one send() per small response). */
    void flushToClient() {
        if (!done) {
            client.flush();
        }
    }

    void onBackendClosed(Channel channel) {
        if (leg == null || !leg.uses(channel)) {
            return;
        }
        Attempts.Failure failure = leg.reused() && !responseBegun ? Attempts.Failure.STALE : Attempts.Failure.BROKEN;
        leg.closed();
        leg = null;
        releaseHeld();
        if (!done) {
            retryOrFail(failure, "backend " + backend.instanceId() + " of app " + route.key()
                    + " closed the connection before the response was complete");
        }
    }

    void onBackendWritable() {
        if (!requestComplete) {
            client.channel().config().setAutoRead(true);
        }
    }

    void resumeBackendReads() {
        if (leg != null) {
            leg.channel().config().setAutoRead(true);
        }
    }

    /** The client went away: drop everything. */
    void abort() {
        if (!done) {
            markDone();
            cancelTimeout();
            detach(false);
            releasePending();
        }
    }

    private void onTimeout() {
        if (!done && !responseStarted) {
            fail(HttpResponseStatus.GATEWAY_TIMEOUT, "app " + route.key() + " did not answer within "
                    + gateway.settings().responseTimeout().toMillis() + " ms");
        }
    }

    private void fail(HttpResponseStatus failure, String detail) {
        respondWithProblem(failure, detail, !keepAliveClient || !requestComplete);
    }

    private void failAndClose(HttpResponseStatus failure, String detail) {
        respondWithProblem(failure, detail, true);
    }

    private void respondWithProblem(HttpResponseStatus failure, String detail, boolean closeClient) {
        if (done) {
            return;
        }
        detach(false);
        record(failure.code());
        if (responseStarted) {
            markDone();
            cancelTimeout();
            releasePending();
            client.close();
            return;
        }
        FullHttpResponse problem = Problems.problem(failure, detail);
        HttpUtil.setKeepAlive(problem, !closeClient);
        client.writeAndFlush(problem);
        finish(closeClient);
    }

    /** Counts the answer before its last byte goes to the client, so a client that has it sees it counted. */
    private void record(int finalStatus) {
        counters.record(finalStatus, System.nanoTime() - startNanos);
        addBytes();
    }

    private void finish(boolean closeClient) {
        markDone();
        cancelTimeout();
        releasePending();
        owner.exchangeDone(closeClient);
    }

    private void releasePending() {
        body.release();
        releaseHeld();
        if (head != null) {
            head.release();
            head = null;
        }
    }

    private void releaseHeld() {
        if (held != null) {
            held.release();
            held = null;
        }
    }

    private void detach(boolean reuse) {
        if (leg != null) {
            leg.giveBack(reuse);
            leg = null;
        }
    }

    private void addBytes() {
        counters.addBodyBytes(bytesReceived, bytesSent);
        bytesReceived = 0;
        bytesSent = 0;
    }

    private void markDone() {
        if (!done) {
            done = true;
            addBytes();
            counters.exchangeEnded();
        }
    }

    private void cancelTimeout() {
        deadline.disarm();
    }
}
