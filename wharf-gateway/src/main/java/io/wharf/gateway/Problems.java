package io.wharf.gateway;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Error responses as RFC 9457 problem+json. */
final class Problems {

    private Problems() {
    }

    /** As {@link #problem(HttpResponseStatus, String)}; an answer to a HEAD request says its length, sends no body. */
    static FullHttpResponse problem(HttpResponseStatus status, String detail, boolean headRequest) {
        FullHttpResponse response = problem(status, detail);
        if (!headRequest) {
            return response;
        }
        FullHttpResponse headless = response.replace(Unpooled.EMPTY_BUFFER);
        response.release();
        return headless;
    }

    static FullHttpResponse problem(HttpResponseStatus status, String detail) {
        String json = "{\"type\":\"about:blank\",\"title\":" + quote(status.reasonPhrase())
                + ",\"status\":" + status.code() + ",\"detail\":" + quote(detail) + "}";
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
