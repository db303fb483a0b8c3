package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Objects;

/** Routes each request of a client connection by its Host header; one exchange at a time. */
final class ProxyFrontendHandler extends ChannelInboundHandlerAdapter {

    private final GatewayContext gateway;
    private final ArrayDeque<Object> queued = new ArrayDeque<>();
    private final HostLookup hosts;
    private ChannelHandlerContext ctx;
    private StrictFraming framing;
    private Deadline deadline;
    private String clientIp;
    private Boolean trusted;
    private String forwardedHost;
    private String forwarded;
    private Exchange current;
    private AppRoute countedRoute;
    private AppCounters routeCounters;
    private boolean discarding;
    /** Whether the request being answered is a HEAD: the gateway's own answer to it has no body. */
    private boolean headRequest;
    private boolean closing;
    private boolean inputShutdown;

    ProxyFrontendHandler(GatewayContext gateway) {
        this.gateway = gateway;
        this.hosts = new HostLookup(gateway.routes(), gateway.settings().domain());
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.framing = ctx.pipeline().get(StrictFraming.class);
        this.deadline = new Deadline(ctx.executor());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if ((msg instanceof ClientRequest || msg instanceof HttpContent) && !closing) {
            queued.add(msg);
            next();
            if (current != null && !queued.isEmpty()) {
                // A pipelined request waits for the current one: read no more until it is done.
                ctx.channel().config().setAutoRead(false);
            }
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    void exchangeDone(boolean closeClient) {
        current = null;
        if (closeClient) {
            close();
        } else {
            ctx.channel().config().setAutoRead(true);
            next();
            closeIfClientDone();
            resumeFraming();
        }
    }

    /** After an answer that did not switch protocols, what the client sent next is read as HTTP again. */
    private void resumeFraming() {
        if (framing != null && !closing) {
            framing.resume();
        }
    }

    /** A client that half-closed gets the answers to what it sent, then the connection closes. */
    private void closeIfClientDone() {
        if (inputShutdown && current == null && !closing) {
            close();
        }
    }

    /** The connection switched protocols: it is a tunnel now, and this handler is about to leave it. */
    void exchangeUpgraded() {
        current = null;
        closing = true;
        releaseQueued();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        deadline.close();
        releaseQueued();
    }

    private void releaseQueued() {
        queued.forEach(ReferenceCountUtil::release);
        queued.clear();
    }

    private void next() {
        while (!closing && !queued.isEmpty()) {
            if (current == null) {
                start(queued.poll());
            } else if (!current.requestComplete() && queued.peek() instanceof HttpContent content) {
                queued.poll();
                current.onClientContent(content);
            } else if (!current.requestComplete() && queued.peek() instanceof ClientRequest refused) {
                // the body broke its framing mid-way: the connection cannot be read on
                queued.poll();
                refused.release();
                ctx.close();
                return;
            } else {
                return;
            }
        }
    }

    private void start(Object msg) {
        if (discarding || !(msg instanceof ClientRequest request)) {
            discarding = discarding && !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        if (request.failure() != null) {
            headRequest = false;
            RuntimeException cause = request.failure();
            request.release();
            respond(statusFor(cause), "malformed request: " + cause.getMessage(), false, null);
            return;
        }
        discarding = request.hasBody();
        headRequest = request.isHead();
        boolean keepAlive = request.keepAlive();
        String rawHost = request.host();
        hosts.find(rawHost);
        String host = hosts.host();
        AppRoute route = hosts.route();
        if (host == null) {
            respond(HttpResponseStatus.BAD_REQUEST, rawHost == null ? "the request has no Host header"
                    : "bad Host header: " + rawHost, keepAlive, null);
        } else if (route == null) {
            respond(HttpResponseStatus.NOT_FOUND, "no app serves host " + host, keepAlive, null);
        } else if (route.backends().isEmpty()) {
            respond(HttpResponseStatus.SERVICE_UNAVAILABLE, "app " + route.key() + " has no ready backend",
                    keepAlive, route);
        } else if (request.bodyLength() > gateway.settings().maxBodyBytes()) {
            respond(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "request body of app " + route.key()
                    + " is larger than " + gateway.settings().maxBodyBytes() + " bytes", false, route);
        } else {
            discarding = false;
            if (request.expectContinue() && !request.http10()) {
                ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
            }
            ByteBuf head = BackendRequestHead.write(request, ctx.alloc(), clientIp(), forwarded(rawHost),
                    trustedClient());
            request.release();
            current = new Exchange(this, ctx, gateway, route, counters(route), deadline, request, head, keepAlive);
            current.start();
            if (!request.hasBody() && current != null) {
                current.onClientContent(LastHttpContent.EMPTY_LAST_CONTENT);
            }
            return;
        }
        request.release();
    }

    private void respond(HttpResponseStatus status, String detail, boolean keepAlive, AppRoute route) {
        FullHttpResponse response = Problems.problem(status, detail, headRequest);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (route != null) {
            counters(route).record(status.code(), 0);
        }
        ctx.writeAndFlush(response);
        if (keepAlive) {
            resumeFraming();
        } else {
            close();
        }
    }

    /** The counters of {@code route}, remembered for the next request on this connection, which is likely for the same app. */
    private AppCounters counters(AppRoute route) {
        if (route != countedRoute) {
            countedRoute = route;
            routeCounters = gateway.counters(route);
        }
        return routeCounters;
    }

    private void close() {
        closing = true;
        releaseQueued();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    private static HttpResponseStatus statusFor(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        if (cause instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        return cause instanceof TooLongFrameException
                ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE : HttpResponseStatus.BAD_REQUEST;
    }

    /** Whether the client is a trusted proxy: decided once per connection. */
    private boolean trustedClient() {
        if (trusted == null) {
            trusted = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                    && gateway.trustedProxies().trusts(address.getAddress());
        }
        return trusted;
    }

    /** The Forwarded element for a request to {@code rawHost}: the last one made is reused for the same host. */
    private String forwarded(String rawHost) {
        if (forwarded == null || !Objects.equals(forwardedHost, rawHost)) {
            forwardedHost = rawHost;
            forwarded = BackendRequestHead.forwarded(clientIp(), rawHost);
        }
        return forwarded;
    }

    private String clientIp() {
        if (clientIp == null) {
            clientIp = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                    && address.getAddress() != null ? address.getAddress().getHostAddress() : "unknown";
        }
        return clientIp;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (current != null) {
            current.abort();
            current = null;
        }
        closing = true;
        deadline.close();
        releaseQueued();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && current != null) {
            current.resumeBackendReads();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && current == null) {
            ctx.close();
        } else if (event instanceof ChannelInputShutdownEvent) {
            inputShutdown = true;
            closeIfClientDone();
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
