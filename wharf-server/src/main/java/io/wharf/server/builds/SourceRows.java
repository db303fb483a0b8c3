package io.wharf.server.builds;

import io.wharf.model.AppKey;
import io.wharf.server.secrets.SecretCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_sources table: one row per app that has a build source. */
@Repository
public class SourceRows {
    private static final String COLUMNS = "url, git_ref, dockerfile, build_context, username, password_nonce,"
            + " password_ciphertext, auto_deploy, webhook_nonce, webhook_ciphertext, updated_at";
    private final JdbcClient jdbc;

    public SourceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(AppKey app, StoredSource s) {
        delete(app);
        jdbc.sql("INSERT INTO app_sources (system_name, app_name, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(app.system(), app.app(), s.url(), s.ref(), s.dockerfile(), s.context(), s.username(),
                        nonce(s.password()), ciphertext(s.password()), s.autoDeploy(), nonce(s.webhookSecret()),
                        ciphertext(s.webhookSecret()), VersionRows.utc(s.updatedAt()))
                .update();
    }

    public Optional<StoredSource> find(AppKey app) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_sources WHERE system_name = ? AND app_name = ?")
                .params(app.system(), app.app()).query(SourceRows::row).optional();
    }

    public boolean delete(AppKey app) {
        return jdbc.sql("DELETE FROM app_sources WHERE system_name = ? AND app_name = ?")
                .params(app.system(), app.app()).update() > 0;
    }

    private static StoredSource row(ResultSet rs, int n) throws SQLException {
        return new StoredSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                sealed(rs.getString(6), rs.getString(7)), rs.getBoolean(8), sealed(rs.getString(9), rs.getString(10)),
                VersionRows.instant(rs, 11));
    }

    private static SecretCipher.Sealed sealed(String nonce, String ciphertext) {
        return nonce == null ? null : new SecretCipher.Sealed(Base64.getDecoder().decode(nonce),
                Base64.getDecoder().decode(ciphertext));
    }

    private static String nonce(SecretCipher.Sealed sealed) {
        return sealed == null ? null : Base64.getEncoder().encodeToString(sealed.nonce());
    }

    private static String ciphertext(SecretCipher.Sealed sealed) {
        return sealed == null ? null : Base64.getEncoder().encodeToString(sealed.ciphertext());
    }
}
