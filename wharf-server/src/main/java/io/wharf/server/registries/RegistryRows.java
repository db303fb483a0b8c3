package io.wharf.server.registries;

import io.wharf.server.secrets.SecretCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry_credentials table: one row per system and registry, the password sealed. */
final class RegistryRows {
    private final JdbcClient jdbc;

    RegistryRows(JdbcClient jdbc) {
        this.jdbc = java.util.Objects.requireNonNull(jdbc, "jdbc");
    }

    record Row(String host, String username, SecretCipher.Sealed password, Instant updatedAt) {
    }

    /** Inserts or replaces; true when the row is new. */
    boolean put(String system, Row row) {
        boolean existed = find(system, row.host()).isPresent();
        if (existed) {
            jdbc.sql("UPDATE registry_credentials SET username = ?, nonce = ?, ciphertext = ?, updated_at = ?"
                            + " WHERE system_name = ? AND host = ?")
                    .params(row.username(), base64(row.password().nonce()), base64(row.password().ciphertext()),
                            utc(row.updatedAt()), system, row.host())
                    .update();
        } else {
            jdbc.sql("INSERT INTO registry_credentials (system_name, host, username, nonce, ciphertext, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(system, row.host(), row.username(), base64(row.password().nonce()),
                            base64(row.password().ciphertext()), utc(row.updatedAt()))
                    .update();
        }
        return !existed;
    }

    List<Row> list(String system) {
        return jdbc.sql("SELECT host, username, nonce, ciphertext, updated_at FROM registry_credentials"
                + " WHERE system_name = ? ORDER BY host").params(system).query(RegistryRows::row).list();
    }

    Optional<Row> find(String system, String host) {
        return jdbc.sql("SELECT host, username, nonce, ciphertext, updated_at FROM registry_credentials"
                + " WHERE system_name = ? AND host = ?").params(system, host).query(RegistryRows::row).optional();
    }

    boolean delete(String system, String host) {
        return jdbc.sql("DELETE FROM registry_credentials WHERE system_name = ? AND host = ?")
                .params(system, host).update() > 0;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Base64.Decoder decoder = Base64.getDecoder();
        return new Row(rs.getString(1), rs.getString(2),
                new SecretCipher.Sealed(decoder.decode(rs.getString(3)), decoder.decode(rs.getString(4))),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
