package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** What the gateway does with a request header line on its way to a backend, by the header's name. */
enum HeaderKind {
    /** Passes as it is. */
    OTHER,
    /** Never passes: hop-by-hop. */
    HOP_BY_HOP,
    /** The gateway answers it; not passed to the backend. */
    EXPECT,
    /** What frameworks read as a proxy's word about the client: passes only from a trusted proxy. */
    SPOOFABLE,
    FOR, FORWARDED, PROTO, HOST;

    private static final int MAX_LENGTH = 20;
    private static final Name[][] BY_LENGTH = table(
            new Name("connection", HOP_BY_HOP), new Name("keep-alive", HOP_BY_HOP),
            new Name("proxy-authenticate", HOP_BY_HOP), new Name("proxy-authorization", HOP_BY_HOP),
            new Name("te", HOP_BY_HOP), new Name("trailer", HOP_BY_HOP), new Name("transfer-encoding", HOP_BY_HOP),
            new Name("upgrade", HOP_BY_HOP), new Name("proxy-connection", HOP_BY_HOP), new Name("expect", EXPECT),
            new Name("x-real-ip", SPOOFABLE), new Name("x-forwarded-port", SPOOFABLE),
            new Name("x-forwarded-prefix", SPOOFABLE), new Name("x-forwarded-ssl", SPOOFABLE),
            new Name("x-forwarded-server", SPOOFABLE), new Name("x-client-ip", SPOOFABLE),
            new Name("true-client-ip", SPOOFABLE),
            new Name("x-forwarded-for", FOR), new Name("forwarded", FORWARDED),
            new Name("x-forwarded-proto", PROTO), new Name("x-forwarded-host", HOST));

    private record Name(byte[] lowerCase, HeaderKind kind) {
        Name(String name, HeaderKind kind) {
            this(name.getBytes(StandardCharsets.US_ASCII), kind);
        }
    }

    /** The kind of the header named by the bytes {@code [from, to)}, in any case. */
    static HeaderKind of(ByteBuf bytes, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return OTHER;
        }
        for (Name name : BY_LENGTH[length]) {
            if (Names.is(bytes, from, name.lowerCase)) {
                return name.kind;
            }
        }
        return OTHER;
    }


    private static Name[][] table(Name... names) {
        Name[][] table = new Name[MAX_LENGTH + 1][0];
        for (Name name : names) {
            Name[] row = table[name.lowerCase.length];
            Name[] longer = java.util.Arrays.copyOf(row, row.length + 1);
            longer[row.length] = name;
            table[name.lowerCase.length] = longer;
        }
        return table;
    }
}
