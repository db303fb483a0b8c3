package io.wharf.server.secrets;

import io.wharf.model.AppKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secret_values table: every version of every secret, sealed; rows are never updated. */
public final class SecretRows {
    private final JdbcClient jdbc;

    public SecretRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version: sealed, and when it was stored. */
    public record Row(SecretCipher.Sealed sealed, Instant createdAt) {
    }

    public void insert(AppKey app, String name, long version, SecretCipher.Sealed sealed, Instant createdAt) {
        jdbc.sql("INSERT INTO secret_values (system_name, app_name, name, version, nonce, ciphertext, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(app.system(), app.app(), name, version, base64(sealed.nonce()), base64(sealed.ciphertext()),
                        OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .update();
    }

    public Optional<Row> find(AppKey app, String name, long version) {
        return jdbc.sql("SELECT nonce, ciphertext, created_at FROM secret_values"
                        + " WHERE system_name = ? AND app_name = ? AND name = ? AND version = ?")
                .params(app.system(), app.app(), name, version).query(SecretRows::row).optional();
    }

    /** The highest version ever stored for this name (0: none), also of a secret removed since. */
    public long latestVersion(AppKey app, String name) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM secret_values"
                        + " WHERE system_name = ? AND app_name = ? AND name = ?")
                .params(app.system(), app.app(), name).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Base64.Decoder decoder = Base64.getDecoder();
        return new Row(new SecretCipher.Sealed(decoder.decode(rs.getString(1)), decoder.decode(rs.getString(2))),
                rs.getObject(3, OffsetDateTime.class).toInstant());
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
