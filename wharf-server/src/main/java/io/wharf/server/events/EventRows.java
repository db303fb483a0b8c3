package io.wharf.server.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the app_events table by app or by system, and trims it to its retention. */
@Component
public class EventRows {
    private static final String COLUMNS = "id, system_name, app_name, occurred_at, event_type, reason, message";
    private final JdbcClient jdbc;

    public EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which events: those of one system, of one app when {@code app} is not null; of every system when both
     * are null, only of the systems where {@code member} has a role when it is not null (read at each query,
     * so a role given or taken shows at once).
     */
    public record Scope(String system, String app, String member) {
        public Scope {
            if (system == null && app != null) {
                throw new IllegalArgumentException("an app's scope needs its system");
            }
        }

        public Scope(String system, String app) {
            this(system, app, null);
        }

        static final Scope EVERY_SYSTEM = new Scope(null, null, null);

        static Scope systemsOf(String user) {
            return new Scope(null, null, java.util.Objects.requireNonNull(user, "user"));
        }
    }

    /** The newest {@code limit} events, newest first. */
    List<EventView> newest(Scope scope, int limit) {
        return select(scope, null, "DESC", limit);
    }

    /** At most {@code limit} events with an id above {@code afterId}, oldest first. */
    List<EventView> after(Scope scope, long afterId, int limit) {
        return select(scope, afterId, "ASC", limit);
    }

    /** The id of the newest event of the scope, 0 when it has none. */
    long newestId(Scope scope) {
        List<EventView> newest = newest(scope, 1);
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }

    int trim(Instant cutoff) {
        return jdbc.sql("DELETE FROM app_events WHERE occurred_at < ?").param(cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    private List<EventView> select(Scope scope, Long afterId, String order, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM app_events WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (scope.system() != null) {
            sql.append(" AND system_name = ?");
            params.add(scope.system());
        }
        if (scope.app() != null) {
            sql.append(" AND app_name = ?");
            params.add(scope.app());
        }
        if (scope.member() != null) {
            sql.append(" AND system_name IN (SELECT system_name FROM system_members WHERE user_name = ?)");
            params.add(scope.member());
        }
        if (afterId != null) {
            sql.append(" AND id > ?");
            params.add(afterId);
        }
        sql.append(" ORDER BY id ").append(order).append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<EventView> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs)).list();
        return Collections.unmodifiableList(rows);
    }

    private static EventView view(ResultSet rs) throws SQLException {
        return new EventView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
