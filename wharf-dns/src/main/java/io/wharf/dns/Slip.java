package io.wharf.dns;

import io.netty.buffer.ByteBuf;

/** The answer a rate-limited client slips through with: the reply cut to header and question, TC set. */
final class Slip {

    private static final int HEADER = 12;
    private static final int TC = 0x02;

    private Slip() {
    }

    /** Cuts {@code reply} in place and returns it; null (the reply released) if it has no plain question. */
    static ByteBuf truncate(ByteBuf reply) {
        int start = reply.readerIndex();
        int questions = reply.readableBytes() < HEADER ? -1 : reply.getUnsignedShort(start + 4);
        int end = questions == 0 ? start + HEADER : questions == 1 ? questionEnd(reply, start + HEADER) : -1;
        if (end < 0) {
            reply.release();
            return null;
        }
        reply.writerIndex(end);
        reply.setByte(start + 2, reply.getByte(start + 2) | TC);
        reply.setShort(start + 6, 0);
        reply.setShort(start + 8, 0);
        reply.setShort(start + 10, 0);
        return reply;
    }

    /** The end of the question at {@code at}, or -1. The first name of a message is never compressed. */
    private static int questionEnd(ByteBuf reply, int at) {
        int position = at;
        while (position < reply.writerIndex()) {
            int label = reply.getUnsignedByte(position);
            if (label == 0) {
                int end = position + 1 + 4;
                return end <= reply.writerIndex() ? end : -1;
            }
            if (label > 63) {
                return -1;
            }
            position += 1 + label;
        }
        return -1;
    }
}
