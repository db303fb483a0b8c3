package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * The header and single question of an ordinary query, read straight from the wire without dnsjava:
 * opcode QUERY, one question with an uncompressed name, no answer or authority records, and at most an
 * EDNS version 0 OPT record. Anything else is not a fast query, and takes the full path.
 *
 * @param nameLength bytes of the question name on the wire, from offset 12
 */
record FastQuery(int id, boolean recursionDesired, int nameLength, boolean edns, int payloadSize, CacheKey key) {

    static final int NAME_OFFSET = 12;

    /** Ordinary queries are far shorter; longer ones take the full path. */
    static final int MAX_FAST_QUERY = 1024;

    private static final int MAX_NAME = 255;
    private static final FastThreadLocal<byte[]> SCRATCH = new FastThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[MAX_FAST_QUERY];
        }
    };
    private static final int OPT = 41;

    /** The query in {@code in} (not consumed), or null if it is not a fast query. */
    static FastQuery parse(ByteBuf in) {
        int length = in.readableBytes();
        if (length < NAME_OFFSET + 5 || length > MAX_FAST_QUERY) {
            return null;
        }
        byte[] wire = SCRATCH.get();
        in.getBytes(in.readerIndex(), wire, 0, length);
        return parse(wire, length);
    }

    /** The query in the first {@code end} bytes of {@code wire}, or null if it is not a fast query. */
    static FastQuery parse(byte[] wire, int end) {
        if (end < NAME_OFFSET + 5) {
            return null;
        }
        int flags = u16(wire, 2);
        boolean queryOpcode = (flags & 0xF800) == 0;
        if (!queryOpcode || u16(wire, 4) != 1 || u16(wire, 6) != 0 || u16(wire, 8) != 0) {
            return null;
        }
        int additional = u16(wire, 10);
        int nameLength = nameLength(wire, NAME_OFFSET, end);
        if (nameLength < 0 || additional > 1) {
            return null;
        }
        int question = NAME_OFFSET + nameLength;
        if (question + 4 > end) {
            return null;
        }
        int optEnd = additional == 0 ? question + 4 : optEnd(wire, question + 4, end);
        if (optEnd != end) {
            return null;
        }
        int payload = additional == 0 ? 0 : u16(wire, question + 7);
        return new FastQuery(u16(wire, 0), (flags & 0x0100) != 0, nameLength, additional == 1, payload,
                key(wire, nameLength, additional == 1));
    }

    /** The largest UDP answer this client takes, as {@link Resolver#udpLimit}. */
    int udpLimit() {
        if (!edns) {
            return Resolver.DEFAULT_UDP_PAYLOAD;
        }
        return Math.max(Resolver.DEFAULT_UDP_PAYLOAD, Math.min(Resolver.MAX_UDP_PAYLOAD, payloadSize));
    }

    /** Length of an uncompressed name at {@code at}, or -1. */
    private static int nameLength(byte[] wire, int at, int end) {
        int position = at;
        while (position < end && position - at < MAX_NAME) {
            int label = wire[position] & 0xFF;
            if (label == 0) {
                return position + 1 - at;
            }
            if (label > 63) {
                return -1;
            }
            position += 1 + label;
        }
        return -1;
    }

    /** End of an OPT record of EDNS version 0 at {@code at}, or -1. */
    private static int optEnd(byte[] wire, int at, int end) {
        if (at + 11 > end || wire[at] != 0 || u16(wire, at + 1) != OPT || wire[at + 6] != 0) {
            return -1;
        }
        return at + 11 + u16(wire, at + 9);
    }

    private static CacheKey key(byte[] wire, int nameLength, boolean edns) {
        byte[] key = new byte[nameLength + 5];
        System.arraycopy(wire, NAME_OFFSET, key, 0, nameLength + 4);
        for (int i = 0; i < nameLength; i++) {
            byte b = key[i];
            if (b >= 'A' && b <= 'Z') {
                key[i] = (byte) (b + ('a' - 'A'));
            }
        }
        key[nameLength + 4] = (byte) (edns ? 1 : 0);
        return new CacheKey(key);
    }

    private static int u16(byte[] wire, int at) {
        return (wire[at] & 0xFF) << 8 | wire[at + 1] & 0xFF;
    }
}
