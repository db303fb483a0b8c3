package io.wharf.server.users;

import io.wharf.server.auth.Caller;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The user_tokens table: a token's id, owner, name, times and the SHA-256 of its secret. */
@Component
public class TokenRows {
    private final JdbcClient jdbc;

    public TokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as listed: never its secret. */
    public record TokenView(String id, String name, Instant createdAt, Instant expiresAt, boolean revoked) {
    }

    void insert(String id, String user, String name, String hash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO user_tokens (id, user_name, name, hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, user, name, hash, utc(createdAt), utc(expiresAt)).update();
    }

    List<TokenView> list(String user) {
        return jdbc.sql("SELECT id, name, created_at, expires_at, revoked_at FROM user_tokens WHERE user_name = ?"
                        + " ORDER BY created_at, id")
                .param(user)
                .query((rs, n) -> new TokenView(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class) != null))
                .list();
    }

    /** Whether a token of the user was revoked by this call (false: none such, or revoked before). */
    boolean revoke(String user, String id, Instant now) {
        return jdbc.sql("UPDATE user_tokens SET revoked_at = ? WHERE user_name = ? AND id = ? AND revoked_at IS NULL")
                .params(utc(now), user, id).update() == 1;
    }

    boolean exists(String user, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM user_tokens WHERE user_name = ? AND id = ?").params(user, id)
                .query(Integer.class).single() > 0;
    }

    /** Whether the token with this id is still neither revoked nor expired at {@code now}. */
    public boolean active(String id, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM user_tokens WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(id, utc(now)).query(Integer.class).single() > 0;
    }

    /** The caller a presented token names, if it is a user token that is neither revoked nor expired at {@code now}. */
    public Optional<Caller> caller(String token, Instant now) {
        if (token == null || !token.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_name, id FROM user_tokens WHERE hash = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(TokenSecrets.hash(token), utc(now))
                .query((rs, n) -> new Caller(rs.getString(1), rs.getString(2), false))
                .optional();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
