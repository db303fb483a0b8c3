package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpContent;

/**
 * Body bytes as they came (a chunked body with its chunk lines), relayed as they are, and
 * how many of them are data, which the body limit counts.
 */
final class BodyBytes {

    private BodyBytes() {
    }

    static HttpContent of(ByteBuf bytes, long dataBytes, boolean last) {
        return last ? new Last(bytes, dataBytes) : new Part(bytes, dataBytes);
    }

    /** The data bytes of {@code content}: all its bytes unless it says otherwise. */
    static long dataBytes(HttpContent content) {
        if (content instanceof Part part) {
            return part.dataBytes;
        }
        return content instanceof Last last ? last.dataBytes : content.content().readableBytes();
    }

    private static final class Part extends DefaultHttpContent {
        private final long dataBytes;

        Part(ByteBuf bytes, long dataBytes) {
            super(bytes);
            this.dataBytes = dataBytes;
        }
    }

    private static final class Last extends DefaultLastHttpContent {
        private final long dataBytes;

        Last(ByteBuf bytes, long dataBytes) {
            super(bytes);
            this.dataBytes = dataBytes;
        }
    }
}
