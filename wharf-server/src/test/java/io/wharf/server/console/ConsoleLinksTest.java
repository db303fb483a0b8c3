package io.wharf.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.server.api.TooManyRequestsException;
import io.wharf.server.auth.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsoleLinksTest {
    private static final Caller ALICE = new Caller("alice", "t-1", false);
    private static final Caller BOB = new Caller("bob", "t-2", false);
    private Instant now = Instant.parse("2026-12-07T15:00:00Z");
    private final ConsoleLinks links = new ConsoleLinks(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aCodeGivesItsTokenAndCallerOnceWithinItsMinuteAndNeverAfter() {
        String once = links.create("wharf_alice", ALICE).code();
        String late = links.create("wharf_alice", ALICE).code();

        assertThat(links.redeem(once)).contains(new ConsoleLinks.Redeemed("wharf_alice", ALICE));
        assertThat(links.redeem(once)).isEmpty();
        now = now.plus(ConsoleLinks.LIFETIME);
        assertThat(links.redeem(late)).isEmpty();
        assertThat(links.redeem("guessed")).isEmpty();
        assertThat(links.redeem(null)).isEmpty();
    }

    @Test
    void twoBrowsersRedeemingOneCodeAtOnceGetTheTokenOnlyOnce() throws Exception {
        String code = links.create("wharf_alice", ALICE).code();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<ConsoleLinks.Redeemed>>> tries = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Optional<ConsoleLinks.Redeemed>>) () -> links.redeem(code)).toList();
            long got = 0;
            for (Future<Optional<ConsoleLinks.Redeemed>> answer : pool.invokeAll(tries)) {
                got += answer.get().isPresent() ? 1 : 0;
            }
            assertThat(got).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenMayHaveTenCodesWaitingWithoutTakingTheRoomOfOthersAndExpiredOnesMakeRoom() {
        for (int i = 0; i < ConsoleLinks.MAX_PER_TOKEN; i++) {
            links.create("wharf_alice", ALICE);
        }

        assertThatThrownBy(() -> links.create("wharf_alice", ALICE)).isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("this token");
        assertThat(links.create("wharf_bob", BOB).code()).isNotBlank();
        now = now.plus(ConsoleLinks.LIFETIME).plus(Duration.ofSeconds(1));
        assertThat(links.create("wharf_alice", ALICE).code()).isNotBlank();
    }
}
