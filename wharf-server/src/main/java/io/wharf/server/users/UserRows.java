package io.wharf.server.users;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users table. Deleting a user deletes its tokens and memberships (ON DELETE CASCADE). */
@Component
public class UserRows {
    private final JdbcClient jdbc;

    public UserRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as the API shows it. */
    public record User(String name, Instant createdAt) {
    }

    /** False when the name is taken. */
    boolean insert(User user) {
        try {
            jdbc.sql("INSERT INTO users (name, created_at) VALUES (?, ?)")
                    .params(user.name(), TokenRows.utc(user.createdAt())).update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    List<User> list() {
        return jdbc.sql("SELECT name, created_at FROM users ORDER BY name")
                .query((rs, n) -> new User(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant())).list();
    }

    public Optional<User> find(String name) {
        return jdbc.sql("SELECT name, created_at FROM users WHERE name = ?").param(name)
                .query((rs, n) -> new User(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
    }

    boolean delete(String name) {
        return jdbc.sql("DELETE FROM users WHERE name = ?").param(name).update() == 1;
    }
}
