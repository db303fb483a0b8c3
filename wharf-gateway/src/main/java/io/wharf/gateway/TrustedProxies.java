package io.wharf.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The clients whose forwarding headers the gateway believes: IP addresses and CIDR blocks, IPv4 or IPv6. */
final class TrustedProxies {

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @throws GatewayException naming the first entry that is not a literal IP address or CIDR block */
    static TrustedProxies parse(List<String> entries) {
        return entries.isEmpty() ? NONE : new TrustedProxies(entries.stream().map(TrustedProxies::block).toList());
    }

    boolean trusts(InetAddress client) {
        if (client == null || blocks.isEmpty()) {
            return false;
        }
        byte[] address = client.getAddress();
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static Block block(String entry) {
        String text = entry.strip();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash), entry);
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new GatewayException("bad trusted proxy (prefix length): " + entry);
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new GatewayException("bad trusted proxy (prefix length): " + entry);
            }
        }
        return new Block(address, bits);
    }

    private static byte[] literal(String text, String entry) {
        // Only literals: InetAddress would otherwise resolve a name through DNS.
        if (text.isEmpty() || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            throw new GatewayException("bad trusted proxy (not an IP address or CIDR block): " + entry);
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new GatewayException("bad trusted proxy (not an IP address or CIDR block): " + entry, e);
        }
    }

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
