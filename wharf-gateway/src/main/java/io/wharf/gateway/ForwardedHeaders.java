package io.wharf.gateway;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a backend's response headers for the client: hop-by-hop removal (but for a protocol upgrade, which
 * passes) and body framing; and makes the Forwarded element (requests are rewritten by {@link BackendRequestHead}).
 */
final class ForwardedHeaders {

    private static final List<CharSequence> HOP_BY_HOP = List.of(HttpHeaderNames.CONNECTION,
            HttpHeaderNames.KEEP_ALIVE, HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.TRANSFER_ENCODING,
            HttpHeaderNames.UPGRADE, AsciiString.cached("proxy-connection"));
    /** What frames or routes a message: the Connection header cannot take it away. */
    private static final Set<AsciiString> NEVER_HOP_BY_HOP = Set.of(HttpHeaderNames.HOST,
            HttpHeaderNames.CONTENT_LENGTH, HttpHeaderNames.TRANSFER_ENCODING);

    private ForwardedHeaders() {
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

    private static void keepUpgrade(HttpHeaders headers, String upgrade) {
        if (upgrade != null) {
            headers.set(HttpHeaderNames.UPGRADE, upgrade);
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE);
        }
    }

    /** One pass over the headers; only what is there is removed (most answers carry just Connection). */
    private static void stripHopByHop(HttpHeaders headers) {
        List<CharSequence> found = null;
        List<AsciiString> named = null;
        Iterator<Map.Entry<CharSequence, CharSequence>> entries = headers.iteratorCharSequence();
        while (entries.hasNext()) {
            Map.Entry<CharSequence, CharSequence> entry = entries.next();
            CharSequence name = entry.getKey();
            if (isHopByHop(name)) {
                found = found == null ? new ArrayList<>(2) : found;
                found.add(name);
                if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.CONNECTION)) {
                    named = connectionTokens(entry.getValue(), named);
                }
            }
        }
        if (found != null) {
            found.forEach(headers::remove);
        }
        if (named != null) {
            named.forEach(headers::remove);
        }
    }

    private static boolean isHopByHop(CharSequence name) {
        for (CharSequence hopByHop : HOP_BY_HOP) {
            if (hopByHop.length() == name.length() && AsciiString.contentEqualsIgnoreCase(hopByHop, name)) {
                return true;
            }
        }
        return false;
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
