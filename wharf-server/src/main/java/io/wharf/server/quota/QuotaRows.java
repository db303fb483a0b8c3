package io.wharf.server.quota;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The system_quotas table: at most one row per system, deleted with it; a null column is unlimited. */
final class QuotaRows {
    private final JdbcClient jdbc;

    QuotaRows(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    Optional<QuotaLimit> find(String system) {
        return jdbc.sql("SELECT instances, cpu_millis, memory_bytes, gpus FROM system_quotas WHERE system_name = ?")
                .param(system).query(QuotaRows::limit).optional();
    }

    void put(String system, QuotaLimit limit) {
        if (update(system, limit) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO system_quotas (system_name, instances, cpu_millis, memory_bytes, gpus)"
                    + " VALUES (?, ?, ?, ?, ?)")
                    .params(system, limit.instances(), limit.cpuMillis(), limit.memoryBytes(), limit.gpus()).update();
        } catch (DuplicateKeyException insertedMeanwhile) {
            update(system, limit);
        }
    }

    boolean delete(String system) {
        return jdbc.sql("DELETE FROM system_quotas WHERE system_name = ?").param(system).update() > 0;
    }

    private int update(String system, QuotaLimit limit) {
        return jdbc.sql("UPDATE system_quotas SET instances = ?, cpu_millis = ?, memory_bytes = ?, gpus = ?"
                        + " WHERE system_name = ?")
                .params(limit.instances(), limit.cpuMillis(), limit.memoryBytes(), limit.gpus(), system).update();
    }

    private static QuotaLimit limit(ResultSet rs, int n) throws SQLException {
        return new QuotaLimit(rs.getObject(1, Long.class), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                rs.getObject(4, Long.class));
    }
}
