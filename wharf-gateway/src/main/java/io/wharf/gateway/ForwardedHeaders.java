package io.wharf.gateway;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites headers between client and backend: hop-by-hop removal (but for a protocol upgrade, which passes),
 * X-Forwarded-*, body framing.
 */
final class ForwardedHeaders {

    private static final List<CharSequence> HOP_BY_HOP = List.of(HttpHeaderNames.CONNECTION,
            HttpHeaderNames.KEEP_ALIVE, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.TRANSFER_ENCODING,
            HttpHeaderNames.UPGRADE, AsciiString.cached("proxy-connection"));
    /** What frames or routes a message: the Connection header cannot take it away. */
    private static final Set<AsciiString> NEVER_HOP_BY_HOP = Set.of(HttpHeaderNames.HOST,
            HttpHeaderNames.CONTENT_LENGTH, HttpHeaderNames.TRANSFER_ENCODING);
    private static final AsciiString X_FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
    private static final AsciiString FORWARDED = AsciiString.cached("forwarded");
    private static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
    private static final AsciiString X_FORWARDED_HOST = AsciiString.cached("x-forwarded-host");
    private static final AsciiString HTTP = AsciiString.cached("http");
    /** What frameworks also read as the proxy's word about the client: only a trusted proxy may say it. */
    private static final List<AsciiString> SPOOFABLE = List.of(AsciiString.cached("x-real-ip"),
            AsciiString.cached("x-forwarded-port"), AsciiString.cached("x-forwarded-prefix"),
            AsciiString.cached("x-forwarded-ssl"), AsciiString.cached("x-forwarded-server"),
            AsciiString.cached("x-client-ip"), AsciiString.cached("true-client-ip"));

    private ForwardedHeaders() {
    }

    /**
     * Prepares a client's request for a backend. The framing the gateway parsed is what goes on (a chunked body
     * as chunked, a Content-Length as it came): the Connection header can name neither it nor Host. Forwarding
     * headers of a {@code trustedClient} are appended to, anyone else's replaced.
     */
    static void toBackend(HttpRequest request, String clientIp, String originalHost, boolean trustedClient) {
        toBackend(request, clientIp, originalHost, forwarded(clientIp, originalHost), trustedClient);
    }

    /** As {@link #toBackend(HttpRequest, String, String, boolean)} with the Forwarded element already made. */
    static void toBackend(HttpRequest request, String clientIp, String originalHost, String forwarded,
                          boolean trustedClient) {
        HttpHeaders headers = request.headers();
        boolean chunked = HttpUtil.isTransferEncodingChunked(request);
        String upgrade = isUpgrade(request) ? headers.get(HttpHeaderNames.UPGRADE) : null;
        stripHopByHop(headers);
        keepUpgrade(headers, upgrade);
        headers.remove(HttpHeaderNames.EXPECT);
        if (trustedClient) {
            append(headers, X_FORWARDED_FOR, clientIp);
            append(headers, FORWARDED, forwarded);
            setIfAbsent(headers, X_FORWARDED_PROTO, HTTP);
            setIfAbsent(headers, X_FORWARDED_HOST, originalHost);
        } else {
            SPOOFABLE.forEach(headers::remove);
            headers.set(X_FORWARDED_FOR, clientIp);
            headers.set(FORWARDED, forwarded);
            headers.set(X_FORWARDED_PROTO, HTTP);
            headers.set(X_FORWARDED_HOST, originalHost);
        }
        if (chunked) {
            headers.remove(HttpHeaderNames.CONTENT_LENGTH);
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
    }

    private static void append(HttpHeaders headers, CharSequence name, String value) {
        List<String> earlier = headers.getAll(name);
        headers.set(name, earlier.isEmpty() ? value : String.join(", ", earlier) + ", " + value);
    }

    private static void setIfAbsent(HttpHeaders headers, CharSequence name, CharSequence value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }

    /** An RFC 7239 element: {@code for=IP;host="HOST";proto=http}, an IPv6 address bracketed and quoted. */
    static String forwarded(String clientIp, String originalHost) {
        String client = clientIp.indexOf(':') >= 0 ? "\"[" + clientIp + "]\"" : clientIp;
        String element = "for=" + client + ";proto=http";
        return originalHost == null ? element : element + ";host=" + Problems.quote(originalHost);
    }

    static void toClient(HttpResponse response, boolean headRequest) {
        int code = response.status().code();
        String upgrade = code == 101 ? response.headers().get(HttpHeaderNames.UPGRADE) : null;
        stripHopByHop(response.headers());
        keepUpgrade(response.headers(), upgrade);
        boolean noBody = headRequest || code == 204 || code == 304 || code < 200;
        if (!noBody && !HttpUtil.isContentLengthSet(response)) {
            HttpUtil.setTransferEncodingChunked(response, true);
        }
    }

    /** Whether the client asks to switch protocols ({@code Connection: upgrade} and an {@code Upgrade} header). */
    static boolean isUpgrade(HttpRequest request) {
        HttpHeaders headers = request.headers();
        return headers.contains(HttpHeaderNames.UPGRADE)
                && headers.containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true);
    }

    private static void keepUpgrade(HttpHeaders headers, String upgrade) {
        if (upgrade != null) {
            headers.set(HttpHeaderNames.UPGRADE, upgrade);
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE);
        }
    }

    private static void stripHopByHop(HttpHeaders headers) {
        List<AsciiString> named = null;
        Iterator<? extends CharSequence> values = headers.valueCharSequenceIterator(HttpHeaderNames.CONNECTION);
        while (values.hasNext()) {
            named = connectionTokens(values.next(), named);
        }
        if (named != null) {
            named.forEach(headers::remove);
        }
        HOP_BY_HOP.forEach(headers::remove);
    }

    /**
     * Adds to {@code named} the header names a Connection value lists, lower-cased; {@code keep-alive} and
     * {@code close}, by far the most common values, name nothing that is not removed anyway.
     */
    private static List<AsciiString> connectionTokens(CharSequence value, List<AsciiString> named) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i < value.length() && value.charAt(i) != ',') {
                continue;
            }
            int from = start;
            int to = i;
            start = i + 1;
            while (from < to && isSpace(value.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(value.charAt(to - 1))) {
                to--;
            }
            if (from == to || is(value, from, to, HttpHeaderValues.KEEP_ALIVE) || is(value, from, to, HttpHeaderValues.CLOSE)) {
                continue;
            }
            AsciiString name = new AsciiString(value.subSequence(from, to)).toLowerCase();
            if (!NEVER_HOP_BY_HOP.contains(name)) {
                named = named == null ? new ArrayList<>(2) : named;
                named.add(name);
            }
        }
        return named;
    }

    private static boolean is(CharSequence value, int from, int to, AsciiString token) {
        return to - from == token.length() && AsciiString.regionMatches(value, true, from, token, 0, token.length());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
