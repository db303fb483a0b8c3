package io.wharf.server.auth;

import io.wharf.server.users.TokenRows;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Cuts off long answers (followed events and logs) whose user token was revoked or expired after they began:
 * the token was checked once, when the request came, and a stream may last for hours.
 */
@Component
public class Revocations {
    /** How often a stream asks again: a database read per stream at most this often. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private final TokenRows tokens;
    private final Clock clock;

    public Revocations(TokenRows tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * For the request being served: says whether its token stopped being valid since, asking the database at
     * most every {@link #CHECK_EVERY}; cheap to call on every turn of a loop. The admin's and the scraper's
     * tokens are files, not rows: they are never revoked this way.
     */
    public BooleanSupplier watch() {
        Caller caller = Callers.current().orElse(null);
        if (caller == null || caller.admin() || caller == Caller.SCRAPER) {
            return () -> false;
        }
        return new BooleanSupplier() {
            private long checkedAt = System.nanoTime();
            private boolean revoked;

            @Override
            public boolean getAsBoolean() {
                long now = System.nanoTime();
                if (!revoked && now - checkedAt >= CHECK_EVERY.toNanos()) {
                    checkedAt = now;
                    try {
                        revoked = !tokens.active(caller.tokenId(), clock.instant());
                    } catch (DataAccessException e) {
                        // the database is away for a moment: the stream goes on, and asks again next time
                        revoked = false;
                    }
                }
                return revoked;
            }
        };
    }
}
