package io.wharf.server.logs;

import io.wharf.engine.InstanceExit;
import io.wharf.model.AppKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The instance_exits table: the last {@value #KEPT} exits of each app, newest first. */
@Component
public class ExitRows {
    static final int KEPT = 10;
    private final JdbcClient jdbc;

    ExitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the exit and drops the app's exits older than its last {@value #KEPT}. */
    @Transactional
    public void insert(InstanceExit exit) {
        AppKey app = exit.app();
        jdbc.sql("INSERT INTO instance_exits (id, system_name, app_name, instance, exit_code, reason, at, lines)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), app.system(), app.app(), exit.instance(), exit.exitCode(),
                        exit.reason(), exit.time().atOffset(ZoneOffset.UTC), String.join("\n", exit.lines()))
                .update();
        List<String> older = jdbc.sql("SELECT id FROM instance_exits WHERE system_name = ? AND app_name = ?"
                        + " ORDER BY at DESC, id OFFSET " + KEPT + " ROWS")
                .params(app.system(), app.app()).query(String.class).list();
        older.forEach(id -> jdbc.sql("DELETE FROM instance_exits WHERE id = ?").param(id).update());
    }

    public List<InstanceExit> list(AppKey app) {
        return jdbc.sql("SELECT instance, exit_code, reason, at, lines FROM instance_exits"
                        + " WHERE system_name = ? AND app_name = ? ORDER BY at DESC, id FETCH FIRST " + KEPT + " ROWS ONLY")
                .params(app.system(), app.app())
                .query((rs, n) -> new InstanceExit(app, rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), lines(rs.getString(5))))
                .list();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
