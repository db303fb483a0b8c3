package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.wharf.dns.RateLimiter.Verdict;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** Starts just before the nano clock wraps, so arithmetic that ignores wrapping fails here. */
    private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - TimeUnit.MILLISECONDS.toNanos(500));

    private RateLimiter limiter(int perSecond, int burst, int slip) {
        return new RateLimiter(new ResponseRateLimit(perSecond, burst, slip), now::get);
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Verdict> ask(RateLimiter limiter, String client, int times) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            verdicts.add(limiter.verdict(ip(client)));
        }
        return verdicts;
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aQuietPrefixGetsItsBurstAtOnceThenNoMoreUntilTimePasses() {
        RateLimiter limiter = limiter(100, 20, 0);
        assertThat(ask(limiter, "192.0.2.1", 20)).containsOnly(Verdict.ANSWER);
        assertThat(ask(limiter, "192.0.2.1", 5)).containsOnly(Verdict.DROP);
        advanceMillis(30);
        assertThat(ask(limiter, "192.0.2.1", 4)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER,
                Verdict.DROP);
        advanceMillis(10_000);
        assertThat(ask(limiter, "192.0.2.1", 21)).containsOnlyOnce(Verdict.DROP);
    }

    @Test
    void overTheLimitEverySlipThQueryGetsATruncatedAnswerAndTheRestNone() {
        RateLimiter limiter = limiter(10, 1, 2);
        assertThat(ask(limiter, "192.0.2.1", 7)).containsExactly(Verdict.ANSWER, Verdict.DROP, Verdict.SLIP,
                Verdict.DROP, Verdict.SLIP, Verdict.DROP, Verdict.SLIP);
        assertThat(ask(limiter(10, 1, 1), "192.0.2.1", 3)).containsExactly(Verdict.ANSWER, Verdict.SLIP,
                Verdict.SLIP);
    }

    @Test
    void anotherPrefixIsStillAnsweredWhileOneIsOverItsRate() {
        RateLimiter limiter = limiter(100, 5, 0);
        ask(limiter, "192.0.2.1", 5);
        assertThat(limiter.verdict(ip("192.0.2.200"))).as("same /24").isEqualTo(Verdict.DROP);
        assertThat(limiter.verdict(ip("::ffff:192.0.2.7"))).as("IPv4-mapped, same /24").isEqualTo(Verdict.DROP);
        assertThat(ask(limiter, "192.0.3.1", 5)).as("next /24").containsOnly(Verdict.ANSWER);
    }

    @Test
    void ipv6ClientsAreLimitedPer56Prefix() {
        RateLimiter limiter = limiter(100, 3, 0);
        ask(limiter, "2001:db8:0:100::1", 3);
        assertThat(limiter.verdict(ip("2001:db8:0:1ff:ffff::2"))).isEqualTo(Verdict.DROP);
        assertThat(limiter.verdict(ip("2001:db8:0:200::1"))).isEqualTo(Verdict.ANSWER);
        assertThat(limiter.verdict(ip("192.0.2.1"))).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void aRateOfZeroAnswersEverything() {
        assertThat(ask(new RateLimiter(ResponseRateLimit.OFF, now::get), "192.0.2.1", 10_000))
                .containsOnly(Verdict.ANSWER);
    }

    @Test
    void theTableOfPrefixesStaysBoundedAndIdlePrefixesAreSweptOut() {
        RateLimiter limiter = limiter(100, 1, 0);
        for (int i = 0; i < RateLimiter.MAX_PREFIXES + 100; i++) {
            limiter.verdict(ip((10 + (i >>> 16)) + "." + (i >>> 8 & 0xFF) + "." + (i & 0xFF) + ".1"));
        }
        assertThat(limiter.prefixes()).isLessThanOrEqualTo(RateLimiter.MAX_PREFIXES);
        assertThat(limiter.verdict(ip("198.51.100.1"))).as("shares the overflow bucket").isEqualTo(Verdict.DROP);
        advanceMillis(2_000);
        assertThat(limiter.verdict(ip("198.51.100.1"))).isEqualTo(Verdict.ANSWER);
        assertThat(limiter.prefixes()).isEqualTo(1);
    }

    @Test
    void settingsAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseRateLimit(-1, 1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseRateLimit(100, 0, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseRateLimit(100, 10, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> DnsSettings.defaults().withRateLimit(null));
        assertThat(DnsSettings.defaults().rateLimit()).isEqualTo(new ResponseRateLimit(100, 100, 2));
    }
}
