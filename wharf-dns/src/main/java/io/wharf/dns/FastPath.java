package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import org.xbill.DNS.Message;

/**
 * Answers fast queries from {@link AnswerCache}: the cached bytes with the query's id, RD flag and question
 * name (so the client's letter case is echoed). A miss resolves through dnsjava and caches the whole answer;
 * an answer too large for the client is never served from here, so truncation stays on the full path.
 */
final class FastPath {

    private final Resolver resolver;
    private final AnswerCache cache = new AnswerCache();

    FastPath(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The reply, or null when the full path must answer. */
    ByteBuf answer(ByteBuf request, boolean udp, ByteBufAllocator alloc) {
        FastQuery query = FastQuery.parse(request);
        if (query == null) {
            return null;
        }
        Snapshot snapshot = resolver.snapshot();
        AnswerCache.Generation generation = cache.generation(snapshot);
        byte[] cached = generation.get(query.key());
        if (cached == null) {
            cached = resolve(request, snapshot);
            if (cached == null) {
                return null;
            }
            generation.put(query.key(), cached);
        }
        int limit = udp ? query.udpLimit() : Exchange.MAX_TCP_MESSAGE;
        if (cached.length > limit) {
            return null;
        }
        return reply(cached, request, query, alloc);
    }

    private byte[] resolve(ByteBuf request, Snapshot snapshot) {
        try {
            byte[] wire = resolver.resolve(new Message(ByteBufUtil.getBytes(request)), snapshot).toWire();
            return wire.length <= Exchange.MAX_TCP_MESSAGE ? wire : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ByteBuf reply(byte[] cached, ByteBuf request, FastQuery query, ByteBufAllocator alloc) {
        ByteBuf reply = alloc.buffer(cached.length);
        reply.writeBytes(cached);
        reply.setShort(0, query.id());
        int flags = cached[2] & ~0x01 | (query.recursionDesired() ? 0x01 : 0);
        reply.setByte(2, flags);
        reply.setBytes(FastQuery.NAME_OFFSET, request, request.readerIndex() + FastQuery.NAME_OFFSET,
                query.nameLength());
        return reply;
    }
}
