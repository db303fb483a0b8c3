package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
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
    /** Whether the answer's body lasts until the backend closes and the client gets it chunked. */
    private boolean untilClose;
    /** Whether the client (HTTP/1.0) learns where the body ends only when its connection closes. */
    private boolean closeDelimited;
    /** Whether the client connection stays open after the answer, as its head told the client. */
    private boolean keepClient;
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
        bytesReceived += BodyBytes.dataBytes(content);
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
        leg = new BackendLeg(chosen, chosenPool, channel, this, request.isHead(), request.http10());
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

    void onBackendMessage(Object msg) {
        if (done) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof BackendResponse response) {
            onResponseHead(response);
            return;
        }
        HttpContent content = (HttpContent) msg;
        bytesSent += BodyBytes.dataBytes(content);
        ByteBuf bytes = untilClose ? Chunks.encode(content, client.alloc()) : content.content();
        boolean last = content instanceof LastHttpContent;
        if (held != null) {
            hold(bytes, last);
        } else if (last) {
            complete(bytes);
        } else {
            client.write(bytes, client.voidPromise()); // flushed once per backend read burst: see flushToClient()
            if (!client.channel().isWritable()) {
                leg.channel().config().setAutoRead(false);
            }
        }
    }

    private void onResponseHead(BackendResponse response) {
        responseBegun = true;
        if (response.failure() != null) {
            response.release();
            detach(false);
            fail(HttpResponseStatus.BAD_GATEWAY, "backend " + backend.instanceId() + " of app " + route.key()
                    + " sent an invalid response: " + response.failure().getMessage());
            return;
        }
        int code = response.status();
        if (code == HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
            startUpgrade(response);
            return;
        }
        if (code < 200) {
            response.release(); // an informational answer has no body: the final one follows
            return;
        }
        status = code;
        ResponseHead head = response.head();
        backendKeepAlive = head.keepAlive();
        closeDelimited = ClientResponseHead.closeDelimited(head, request.http10());
        untilClose = head.body() == ResponseHead.Body.UNTIL_CLOSE && !closeDelimited;
        keepClient = keepAliveClient && requestComplete && !closeDelimited;
        ByteBuf clientHead = ClientResponseHead.write(response, client.alloc(), keepClient, request.http10());
        response.release();
        if (!response.complete() && attempts.anotherPossible(body.anyByteSent())
                && HeldResponse.fits(head, gateway.settings().heldResponseBytes())) {
            held = new HeldResponse(clientHead, client.alloc());
            return;
        }
        cancelTimeout();
        responseStarted = true;
        if (response.complete()) {
            complete(clientHead);
        } else {
            client.write(clientHead, client.voidPromise());
        }
    }

    private void startUpgrade(BackendResponse response) {
        if (!request.upgrade()) {
            response.release();
            detach(false);
            fail(HttpResponseStatus.BAD_GATEWAY, "backend " + backend.instanceId() + " of app " + route.key()
                    + " switched protocols unasked");
            return;
        }
        cancelTimeout();
        responseStarted = true;
        status = response.status();
        ByteBuf clientHead = ClientResponseHead.write(response, client.alloc(), true, false);
        response.release();
        client.writeAndFlush(clientHead, client.voidPromise());
        switchToTunnel();
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

    private void hold(ByteBuf bytes, boolean last) {
        if (last) {
            HeldResponse whole = held;
            held = null;
            cancelTimeout();
            responseStarted = true;
            complete(whole.complete(bytes));
        } else {
            held.add(bytes);
        }
    }

    private void complete(ByteBuf last) {
        detach(backendKeepAlive && body.lastSent());
        record(status);
        client.writeAndFlush(last, client.voidPromise());
        finish(!keepClient);
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
            if (closeDelimited) {
                // a plain close would tell this client the body is whole: a reset says it is not
                client.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            }
            client.close();
            return;
        }
        FullHttpResponse problem = Problems.problem(failure, detail, request.isHead());
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
