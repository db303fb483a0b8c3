package io.wharf.dns;

import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** Answers one parsed query; pure, no I/O. */
final class Resolver {

    static final int MAX_UDP_PAYLOAD = 4096;
    static final int DEFAULT_UDP_PAYLOAD = 512;

    private final Zone zone;
    private final DnsRecords records;

    Resolver(DnsSettings settings, DnsRecords records) {
        this.zone = new Zone(settings);
        this.records = records;
    }

    Message resolve(Message query) {
        return resolve(query, records.snapshot());
    }

    /** Answers from {@code snapshot}, so a cached answer can say which records it came from. */
    Message resolve(Message query, Snapshot snapshot) {
        Message response = answer(query, snapshot);
        if (query.getOPT() != null && response.getOPT() == null) {
            response.addRecord(new OPTRecord(MAX_UDP_PAYLOAD, 0, 0), Section.ADDITIONAL);
        }
        return response;
    }

    Snapshot snapshot() {
        return records.snapshot();
    }

    private Message answer(Message query, Snapshot snapshot) {
        Message response = emptyResponse(query);
        List<Record> opts = query.getSection(Section.ADDITIONAL).stream()
                .filter(r -> r.getType() == Type.OPT).toList();
        if (query.getHeader().getOpcode() != Opcode.QUERY) {
            return rcode(response, Rcode.NOTIMP);
        }
        if (query.getHeader().getCount(Section.QUESTION) != 1 || opts.size() > 1) {
            return rcode(response, Rcode.FORMERR);
        }
        if (!opts.isEmpty() && ((OPTRecord) opts.get(0)).getVersion() > 0) {
            response.getHeader().setRcode(Rcode.BADVERS & 0xF);
            response.addRecord(new OPTRecord(MAX_UDP_PAYLOAD, Rcode.BADVERS >>> 4, 0), Section.ADDITIONAL);
            return response;
        }
        Record question = query.getQuestion();
        int qtype = question.getType();
        boolean metaType = !Type.isRR(qtype) && qtype != Type.ANY;
        if (question.getDClass() != DClass.IN || metaType) {
            return rcode(response, Rcode.REFUSED);
        }
        Answer answer = zone.lookup(snapshot, question.getName(), qtype);
        response.getHeader().setRcode(answer.rcode());
        if (answer.authoritative()) {
            response.getHeader().setFlag(Flags.AA);
        }
        answer.answers().forEach(r -> response.addRecord(r, Section.ANSWER));
        answer.authority().forEach(r -> response.addRecord(r, Section.AUTHORITY));
        answer.additional().forEach(r -> response.addRecord(r, Section.ADDITIONAL));
        return response;
    }

    /** The largest UDP response the client accepts: its EDNS payload size, or 512 without EDNS. */
    static int udpLimit(Message query) {
        OPTRecord opt = query.getOPT();
        if (opt == null) {
            return DEFAULT_UDP_PAYLOAD;
        }
        return Math.max(DEFAULT_UDP_PAYLOAD, Math.min(MAX_UDP_PAYLOAD, opt.getPayloadSize()));
    }

    private static Message emptyResponse(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setOpcode(query.getHeader().getOpcode());
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        if (query.getHeader().getOpcode() == Opcode.QUERY && query.getHeader().getCount(Section.QUESTION) == 1) {
            response.addRecord(query.getQuestion(), Section.QUESTION);
        }
        return response;
    }

    private static Message rcode(Message response, int rcode) {
        response.getHeader().setRcode(rcode);
        return response;
    }
}
