package io.wharf.dns;

/**
 * Response-rate limiting of UDP answers per client prefix (IPv4 /24, IPv6 /56), against reflection attacks;
 * TCP is never limited. Over the limit a query gets no answer, except every {@code slip}-th one, which gets a
 * truncated answer (TC set, question only) so that a real client behind the prefix retries over TCP.
 *
 * @param responsesPerSecond answers per second per prefix, 0..1,000,000; 0 turns limiting off
 * @param burst answers a quiet prefix may get at once, 1..1,000,000 (ignored when off)
 * @param slip 0..10: every slip-th limited query gets the truncated answer; 0 never, 1 always
 */
public record ResponseRateLimit(int responsesPerSecond, int burst, int slip) {

    public static final int IPV4_PREFIX = 24;
    public static final int IPV6_PREFIX = 56;

    /** 100 answers per second, a burst of 100, every second limited query slips. */
    public static final ResponseRateLimit DEFAULT = new ResponseRateLimit(100, 100, 2);

    public static final ResponseRateLimit OFF = new ResponseRateLimit(0, 1, 0);

    public ResponseRateLimit {
        if (responsesPerSecond < 0 || responsesPerSecond > 1_000_000) {
            throw new IllegalArgumentException("responsesPerSecond must be in 0..1000000: " + responsesPerSecond);
        }
        if (burst < 1 || burst > 1_000_000) {
            throw new IllegalArgumentException("burst must be in 1..1000000: " + burst);
        }
        if (slip < 0 || slip > 10) {
            throw new IllegalArgumentException("slip must be in 0..10: " + slip);
        }
    }

    public boolean enabled() {
        return responsesPerSecond > 0;
    }
}
