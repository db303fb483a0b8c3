package io.wharf.server.builds;

import io.wharf.model.AppKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions table: one row per pushed image, never changed. */
@Repository
public class VersionRows {
    private static final String COLUMNS = "number, image, digest, commit_id, author, message, build_id, started_at,"
            + " duration_ms, created_at";
    private final JdbcClient jdbc;

    public VersionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the app's next version and returns it; callers run one at a time per app (the build queue). */
    public synchronized VersionResponse insert(AppKey app, VersionResponse version) {
        long number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE system_name = ? AND app_name = ?")
                .params(app.system(), app.app()).query(Long.class).single();
        jdbc.sql("INSERT INTO versions (system_name, app_name, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(app.system(), app.app(), number, version.image(), version.digest(), version.commit(),
                        version.author(), version.message(), version.buildId(), utc(version.startedAt()),
                        version.durationMs(), utc(version.createdAt()))
                .update();
        return new VersionResponse("v" + number, version.image(), version.digest(), version.commit(), version.author(),
                version.message(), version.buildId(), version.startedAt(), version.durationMs(), version.createdAt());
    }

    /** Newest first. */
    public List<VersionResponse> list(AppKey app) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM versions WHERE system_name = ? AND app_name = ? ORDER BY number DESC")
                .params(app.system(), app.app()).query(VersionRows::row).list();
    }

    /** "v3", or a commit id prefix (at least 4 hex digits) naming the newest version of that commit. */
    public Optional<VersionResponse> find(AppKey app, String ref) {
        if (ref.matches("v[0-9]{1,18}")) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM versions WHERE system_name = ? AND app_name = ? AND number = ?")
                    .params(app.system(), app.app(), Long.parseLong(ref.substring(1))).query(VersionRows::row).optional();
        }
        if (ref.matches("[0-9a-f]{4,64}")) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM versions WHERE system_name = ? AND app_name = ?"
                            + " AND commit_id LIKE ? ORDER BY number DESC")
                    .params(app.system(), app.app(), ref + "%").query(VersionRows::row).list().stream().findFirst();
        }
        return Optional.empty();
    }

    private static VersionResponse row(ResultSet rs, int n) throws SQLException {
        return new VersionResponse("v" + rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), instant(rs, 8), rs.getLong(9), instant(rs, 10));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
