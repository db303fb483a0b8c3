package io.wharf.dns;

import java.util.List;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;

/** What the zone says about one question, before it is put into a message. */
record Answer(int rcode, boolean authoritative, List<Record> answers, List<Record> authority,
              List<Record> additional) {

    static Answer refused() {
        return new Answer(Rcode.REFUSED, false, List.of(), List.of(), List.of());
    }
}
