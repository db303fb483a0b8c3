package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;

/** Chunked transfer coding for a body the backend ends by closing: each piece a chunk, then the last chunk. */
final class Chunks {

    private static final byte[] END = Names.ascii("0\r\n\r\n");

    private Chunks() {
    }

    /** {@code content}'s bytes as a chunk (and the end, if it is the last), which the caller owns. */
    static ByteBuf encode(HttpContent content, ByteBufAllocator allocator) {
        ByteBuf data = content.content();
        boolean last = content instanceof LastHttpContent;
        if (!data.isReadable()) {
            data.release();
            return last ? Unpooled.wrappedBuffer(END) : Unpooled.EMPTY_BUFFER;
        }
        ByteBuf size = allocator.buffer(10);
        size.writeCharSequence(Integer.toHexString(data.readableBytes()), StandardCharsets.US_ASCII);
        size.writeBytes(Names.CRLF);
        ByteBuf after = allocator.buffer(2 + (last ? END.length : 0)).writeBytes(Names.CRLF);
        if (last) {
            after.writeBytes(END);
        }
        return allocator.compositeBuffer(3).addComponents(true, size, data, after);
    }
}
