package io.wharf.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit_log table: inserted into and read; only entries past the retention are ever deleted. */
@Component
public class AuditRows {
    private static final String COLUMNS = "id, at, actor, token_id, source, method, path, operation, system_name, status, summary";
    private final JdbcClient jdbc;

    public AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to read: each filter may be null; newest first, entries with an id below {@code before}. */
    public record Query(String actor, String system, String operation, Instant since, Long before, int limit) {
    }

    void insert(AuditEntry e) {
        jdbc.sql("INSERT INTO audit_log (at, actor, token_id, source, method, path, operation, system_name, status, summary)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.time().atOffset(ZoneOffset.UTC), cut(e.actor(), 63), e.tokenId(), cut(e.source(), 64), e.method(),
                        cut(e.path(), 2048), cut(e.operation(), 256), e.system(), e.status(), cut(e.summary(), 1024))
                .update();
    }

    /** A request the firewall refused before anyone was authenticated or anything routed. */
    public void refusedBeforeRouting(jakarta.servlet.http.HttpServletRequest request, Instant now) {
        insert(new AuditEntry(null, now, "anonymous", null, request.getRemoteAddr(), request.getMethod(),
                request.getRequestURI(), "refused by the firewall", null, 400, null));
    }

    List<AuditEntry> find(Query q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(sql, params, "actor = ?", q.actor());
        where(sql, params, "system_name = ?", q.system());
        where(sql, params, "operation = ?", q.operation());
        where(sql, params, "at >= ?", q.since() == null ? null : q.since().atOffset(ZoneOffset.UTC));
        where(sql, params, "id < ?", q.before());
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs)).list();
    }

    /** Deletes the entries older than {@code cutoff}; the table's trigger refuses younger ones. */
    int trim(Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_log WHERE at < ?").param(cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    private static void where(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10), rs.getString(11));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
