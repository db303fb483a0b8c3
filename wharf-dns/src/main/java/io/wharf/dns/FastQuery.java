package io.wharf.dns;

import io.netty.buffer.ByteBuf;

/**
 * The header and single question of an ordinary query, read straight from the wire without dnsjava:
 * opcode QUERY, one question with an uncompressed name, no answer or authority records, and at most an
 * EDNS version 0 OPT record. Anything else is not a fast query, and takes the full path.
 *
 * @param nameLength bytes of the question name on the wire, from offset 12
 */
record FastQuery(int id, boolean recursionDesired, int nameLength, boolean edns, int payloadSize, CacheKey key) {

    static final int NAME_OFFSET = 12;

    private static final int MAX_NAME = 255;
    private static final int OPT = 41;

    /** The query in {@code in} (not consumed), or null if it is not a fast query. */
    static FastQuery parse(ByteBuf in) {
        int start = in.readerIndex();
        int end = in.writerIndex();
        if (end - start < NAME_OFFSET + 5) {
            return null;
        }
        int flags = in.getUnsignedShort(start + 2);
        boolean queryOpcode = (flags & 0xF800) == 0;
        if (!queryOpcode || in.getUnsignedShort(start + 4) != 1 || in.getInt(start + 6) != 0) {
            return null;
        }
        int additional = in.getUnsignedShort(start + 10);
        int nameLength = nameLength(in, start + NAME_OFFSET, end);
        if (nameLength < 0 || additional > 1) {
            return null;
        }
        int question = start + NAME_OFFSET + nameLength;
        if (question + 4 > end) {
            return null;
        }
        int optEnd = additional == 0 ? question + 4 : optEnd(in, question + 4, end);
        if (optEnd != end) {
            return null;
        }
        int payload = additional == 0 ? 0 : in.getUnsignedShort(question + 7);
        return new FastQuery(in.getUnsignedShort(start), (flags & 0x0100) != 0, nameLength, additional == 1,
                payload, key(in, start + NAME_OFFSET, nameLength, additional == 1));
    }

    /** The largest UDP answer this client takes, as {@link Resolver#udpLimit}. */
    int udpLimit() {
        if (!edns) {
            return Resolver.DEFAULT_UDP_PAYLOAD;
        }
        return Math.max(Resolver.DEFAULT_UDP_PAYLOAD, Math.min(Resolver.MAX_UDP_PAYLOAD, payloadSize));
    }

    /** Length of an uncompressed name at {@code at}, or -1. */
    private static int nameLength(ByteBuf in, int at, int end) {
        int position = at;
        while (position < end) {
            int label = in.getUnsignedByte(position);
            if (label == 0) {
                int length = position + 1 - at;
                return length <= MAX_NAME ? length : -1;
            }
            if (label > 63 || position + 1 - at > MAX_NAME) {
                return -1;
            }
            position += 1 + label;
        }
        return -1;
    }

    /** End of an OPT record of EDNS version 0 at {@code at}, or -1. */
    private static int optEnd(ByteBuf in, int at, int end) {
        if (at + 11 > end || in.getUnsignedByte(at) != 0 || in.getUnsignedShort(at + 1) != OPT
                || in.getUnsignedByte(at + 6) != 0) {
            return -1;
        }
        return at + 11 + in.getUnsignedShort(at + 9);
    }

    private static CacheKey key(ByteBuf in, int name, int nameLength, boolean edns) {
        byte[] key = new byte[nameLength + 5];
        in.getBytes(name, key, 0, nameLength + 4);
        for (int i = 0; i < nameLength; i++) {
            byte b = key[i];
            if (b >= 'A' && b <= 'Z') {
                key[i] = (byte) (b + ('a' - 'A'));
            }
        }
        key[nameLength + 4] = (byte) (edns ? 1 : 0);
        return new CacheKey(key);
    }
}
