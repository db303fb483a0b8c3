package io.wharf.server.console;

import io.wharf.server.api.TooManyRequestsException;
import io.wharf.server.auth.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One-time codes that log a browser into the console as the caller who asked for them ({@code wharf
 * console}): each stands for the caller's token, held in memory only, for {@link #LIFETIME}, and is
 * redeemed at most once. A code is 256 random bits, so it cannot be guessed within its minute. A token
 * may have {@link #MAX_PER_TOKEN} codes waiting, so that no caller can use up the room of others.
 */
@Component
public class ConsoleLinks {
    public static final Duration LIFETIME = Duration.ofSeconds(60);
    static final int MAX_PER_TOKEN = 10;
    static final int MAX_PENDING = 1000;
    private static final int CODE_BYTES = 32;

    /** A code and when it stops working. */
    public record Link(String code, Instant expiresAt) {
    }

    /** What a redeemed code gives: the token, and who it belongs to (for the audit trail). */
    public record Redeemed(String token, Caller caller) {
    }

    private record Pending(String token, Caller caller, Instant expiresAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ConsoleLinks(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized Link create(String token, Caller caller) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(caller, "caller");
        Instant now = purge();
        long mine = pending.values().stream().filter(p -> p.caller().tokenId().equals(caller.tokenId())).count();
        if (mine >= MAX_PER_TOKEN || pending.size() >= MAX_PENDING) {
            throw new TooManyRequestsException((mine >= MAX_PER_TOKEN ? MAX_PER_TOKEN + " console links of this token"
                    : MAX_PENDING + " console links") + " are waiting to be used; try again in a minute",
                    (int) LIFETIME.toSeconds());
        }
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(LIFETIME);
        pending.put(code, new Pending(token, caller, expiresAt));
        return new Link(code, expiresAt);
    }

    /** What a code stands for, once: a used, unknown or expired code gives nothing. */
    public Optional<Redeemed> redeem(String code) {
        Pending found = code == null ? null : pending.remove(code);
        purge();
        if (found == null || !found.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Redeemed(found.token(), found.caller()));
    }

    private Instant purge() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.expiresAt().isAfter(now));
        return now;
    }
}
