package io.wharf.server.configs;

import io.wharf.model.AppKey;
import io.wharf.model.ConfigFile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staged_configs table: at most one staged config file per app and name. */
final class StagedConfigRows {
    private final JdbcClient jdbc;

    StagedConfigRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(AppKey app, ConfigFile config, Instant now) {
        delete(app, config.name());
        jdbc.sql("INSERT INTO staged_configs (system_name, app_name, name, path, content, staged_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(app.system(), app.app(), config.name(), config.path(), config.content(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    List<ConfigFile> list(AppKey app) {
        return jdbc.sql("SELECT name, path, content FROM staged_configs WHERE system_name = ? AND app_name = ? ORDER BY name")
                .params(app.system(), app.app())
                .query((rs, n) -> new ConfigFile(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    boolean delete(AppKey app, String name) {
        return jdbc.sql("DELETE FROM staged_configs WHERE system_name = ? AND app_name = ? AND name = ?")
                .params(app.system(), app.app(), name).update() > 0;
    }

    /** Deletes the staged file only if it is still exactly {@code config}: a newer staging stays. */
    void deleteIfUnchanged(AppKey app, ConfigFile config) {
        jdbc.sql("DELETE FROM staged_configs WHERE system_name = ? AND app_name = ? AND name = ? AND path = ? AND content = ?")
                .params(app.system(), app.app(), config.name(), config.path(), config.content()).update();
    }
}
