package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/** Replies sent, by response code (the header's four-bit RCODE); updated from any event loop, without allocation. */
public final class QueryCounts {

    private static final int RCODES = 16;
    private static final int RCODE_BYTE = 3;

    private final LongAdder[] byRcode = new LongAdder[RCODES];

    public QueryCounts() {
        Arrays.setAll(byRcode, i -> new LongAdder());
    }

    /** Replies sent with this response code (0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED, ...). */
    public long replies(int rcode) {
        if (rcode < 0 || rcode >= RCODES) {
            throw new DnsException("an rcode in a DNS header is 0..15, not " + rcode);
        }
        return byRcode[rcode].sum();
    }

    void count(ByteBuf reply) {
        if (reply.readableBytes() > RCODE_BYTE) {
            byRcode[reply.getByte(reply.readerIndex() + RCODE_BYTE) & 0x0F].increment();
        }
    }
}
