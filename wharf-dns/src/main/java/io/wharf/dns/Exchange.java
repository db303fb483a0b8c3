package io.wharf.dns;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** Wire bytes in, wire bytes out: parsing, error replies and truncation around the resolver. */
final class Exchange {

    static final int MAX_TCP_MESSAGE = 65535;

    private static final System.Logger LOG = System.getLogger(Exchange.class.getName());

    private final Resolver resolver;
    private final FastPath fastPath;
    private final QueryCounts counts;

    Exchange(Resolver resolver) {
        this(resolver, new QueryCounts());
    }

    Exchange(Resolver resolver, QueryCounts counts) {
        this.resolver = resolver;
        this.fastPath = new FastPath(resolver);
        this.counts = counts;
    }

    /** The reply to a UDP datagram, or null to drop it; the request is not released. */
    ByteBuf udp(ByteBuf request, ByteBufAllocator alloc) {
        return reply(request, true, alloc);
    }

    /** The reply to a TCP message (without its length prefix), or null to drop it. */
    ByteBuf tcp(ByteBuf request, ByteBufAllocator alloc) {
        return reply(request, false, alloc);
    }

    private ByteBuf reply(ByteBuf request, boolean udp, ByteBufAllocator alloc) {
        ByteBuf reply = fastPath.answer(request, udp, alloc);
        if (reply == null) {
            byte[] full = handle(ByteBufUtil.getBytes(request), udp);
            reply = full == null ? null : Unpooled.wrappedBuffer(full);
        }
        if (reply != null) {
            counts.count(reply);
        }
        return reply;
    }

    /** The reply to a UDP datagram by the full path only, or null to drop it. */
    byte[] udp(byte[] request) {
        return handle(request, true);
    }

    /** The reply to a TCP message by the full path only, or null to drop it. */
    byte[] tcp(byte[] request) {
        return handle(request, false);
    }

    private byte[] handle(byte[] request, boolean udp) {
        if (request.length < Header.LENGTH) {
            return null;
        }
        Header header;
        try {
            header = new Header(request);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (header.getFlag(Flags.QR)) {
            return null;
        }
        Message query;
        try {
            query = new Message(request);
        } catch (IOException | RuntimeException e) {
            return bare(header, Rcode.FORMERR).toWire();
        }
        Message response;
        try {
            response = resolver.resolve(query);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "failed to answer " + query.getQuestion(), e);
            response = bare(header, Rcode.SERVFAIL);
        }
        return encode(response, udp ? Resolver.udpLimit(query) : MAX_TCP_MESSAGE);
    }

    /** Drops the additional section first, then everything but the question, setting TC. */
    static byte[] encode(Message response, int limit) {
        byte[] wire = response.toWire();
        if (wire.length <= limit) {
            return wire;
        }
        Message smaller = copyHeader(response);
        response.getSection(Section.QUESTION).forEach(r -> smaller.addRecord(r, Section.QUESTION));
        for (int section : new int[] {Section.ANSWER, Section.AUTHORITY}) {
            response.getSection(section).forEach(r -> smaller.addRecord(r, section));
        }
        addOpt(response, smaller);
        wire = smaller.toWire();
        if (wire.length <= limit) {
            return wire;
        }
        Message truncated = copyHeader(response);
        truncated.getHeader().setFlag(Flags.TC);
        response.getSection(Section.QUESTION).forEach(r -> truncated.addRecord(r, Section.QUESTION));
        addOpt(response, truncated);
        return truncated.toWire(limit);
    }

    private static Message copyHeader(Message response) {
        Header from = response.getHeader();
        Message copy = new Message(from.getID());
        copy.getHeader().setOpcode(from.getOpcode());
        copy.getHeader().setRcode(from.getRcode());
        for (int flag : new int[] {Flags.QR, Flags.AA, Flags.RD, Flags.RA, Flags.AD, Flags.CD}) {
            if (from.getFlag(flag)) {
                copy.getHeader().setFlag(flag);
            }
        }
        return copy;
    }

    private static void addOpt(Message from, Message to) {
        for (Record record : from.getSection(Section.ADDITIONAL)) {
            if (record.getType() == Type.OPT) {
                to.addRecord(record, Section.ADDITIONAL);
            }
        }
    }

    private static Message bare(Header query, int rcode) {
        Message reply = new Message(query.getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setOpcode(query.getOpcode());
        if (query.getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        reply.getHeader().setRcode(rcode);
        return reply;
    }
}
