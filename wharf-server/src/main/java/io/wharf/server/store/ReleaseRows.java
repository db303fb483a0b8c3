package io.wharf.server.store;

import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.Strategy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The releases table: one immutable row per revision of an app. */
final class ReleaseRows {
    private static final String COLUMNS = "system_name, app_name, revision, template, strategy, author, created_at, summary, restores";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReleaseRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Release release) {
        try {
            jdbc.sql("INSERT INTO releases (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(release.app().system(), release.app().app(), release.revision(),
                            json.writeValueAsString(release.template()), json.writeValueAsString(release.strategy()),
                            clip(release.author(), 128), OffsetDateTime.ofInstant(release.createdAt(), ZoneOffset.UTC),
                            clip(release.summary(), 4096), release.restores())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new StoreConflictException("release " + release.revision() + " of " + release.app() + " exists already");
        }
    }

    List<Release> list(AppKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM releases WHERE system_name = ? AND app_name = ? ORDER BY revision DESC")
                .params(key.system(), key.app()).query(this::release).list();
    }

    Optional<Release> find(AppKey key, long revision) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM releases WHERE system_name = ? AND app_name = ? AND revision = ?")
                .params(key.system(), key.app(), revision).query(this::release).optional();
    }

    private Release release(ResultSet rs, int row) throws SQLException {
        return new Release(new AppKey(rs.getString(1), rs.getString(2)), rs.getLong(3),
                json.readValue(rs.getString(4), AppTemplate.class), json.readValue(rs.getString(5), Strategy.class),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8),
                rs.getObject(9, Long.class));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
