package io.wharf.gateway;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/** Rewrites headers between client and backend: hop-by-hop removal, X-Forwarded-*, body framing. */
final class ForwardedHeaders {

    private static final List<CharSequence> HOP_BY_HOP = List.of(HttpHeaderNames.CONNECTION,
            HttpHeaderNames.KEEP_ALIVE, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.TRANSFER_ENCODING,
            HttpHeaderNames.UPGRADE, "proxy-connection");

    private ForwardedHeaders() {
    }

    static void toBackend(HttpRequest request, String clientIp, String originalHost) {
        HttpHeaders headers = request.headers();
        boolean chunked = HttpUtil.isTransferEncodingChunked(request);
        stripHopByHop(headers);
        headers.remove(HttpHeaderNames.EXPECT);
        String forwardedFor = headers.get("x-forwarded-for");
        headers.set("x-forwarded-for", forwardedFor == null ? clientIp : forwardedFor + ", " + clientIp);
        headers.set("x-forwarded-proto", "http");
        headers.set("x-forwarded-host", originalHost);
        if (chunked) {
            headers.remove(HttpHeaderNames.CONTENT_LENGTH);
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
    }

    static void toClient(HttpResponse response, boolean headRequest) {
        stripHopByHop(response.headers());
        int code = response.status().code();
        boolean noBody = headRequest || code == 204 || code == 304 || code < 200;
        if (!noBody && !HttpUtil.isContentLengthSet(response)) {
            HttpUtil.setTransferEncodingChunked(response, true);
        }
    }

    private static void stripHopByHop(HttpHeaders headers) {
        for (String value : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    headers.remove(token.trim());
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
    }
}
