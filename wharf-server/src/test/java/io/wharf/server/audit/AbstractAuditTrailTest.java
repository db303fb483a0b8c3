package io.wharf.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail (V10, V11) on each database Wharf supports: append-only, trimmed only past 7 days. */
abstract class AbstractAuditTrailTest {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private JdbcClient jdbc;
    private AuditRows rows;

    protected abstract DataSource dataSource();

    /** The vendor folder of this database's own migrations, such as {@code h2}. */
    protected abstract String vendor();

    /** Flyway's settings for this database, with the shared and the vendor's migrations. */
    protected FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource()).cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
    }

    @BeforeEach
    void migrateAnEmptyDatabase() {
        flyway().load().clean();
        flyway().load().migrate();
        jdbc = JdbcClient.create(dataSource());
        rows = new AuditRows(jdbc);
    }

    private AuditEntry entry(Instant at, String actor, int status) {
        return new AuditEntry(null, at, actor, "t1", "127.0.0.1", "POST", "/api/v1/systems", "POST /api/v1/systems",
                "demo", status, "fields: name");
    }

    @Test
    void entriesAreReadBackNewestFirstFilteredAndPaged() {
        rows.insert(entry(now.minusSeconds(3), "alice", 201));
        rows.insert(entry(now.minusSeconds(2), "bob", 403));
        rows.insert(entry(now.minusSeconds(1), "alice", 409));

        List<AuditEntry> alice = rows.find(new AuditRows.Query("alice", null, null, null, null, 10));
        List<AuditEntry> firstPage = rows.find(new AuditRows.Query(null, "demo", null, null, null, 2));
        List<AuditEntry> secondPage = rows.find(new AuditRows.Query(null, null, null, null, firstPage.get(1).id(), 2));

        assertThat(alice).extracting(AuditEntry::status).containsExactly(409, 201);
        assertThat(alice.get(0).time()).isEqualTo(now.minusSeconds(1));
        assertThat(firstPage).extracting(AuditEntry::actor).containsExactly("alice", "bob");
        assertThat(secondPage).extracting(AuditEntry::status).containsExactly(201);
    }

    @Test
    void anEntryCannotBeChangedNorDeletedBeforeItIsSevenDaysOld() {
        rows.insert(entry(now, "alice", 201));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET status = 200").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> rows.trim(now.plusSeconds(1))).hasMessageContaining("append-only");
        assertThat(rows.find(new AuditRows.Query(null, null, null, null, null, 10)))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(201));
    }

    @Test
    void theRetentionTrimsOnlyEntriesOlderThanItsCutoff() {
        rows.insert(entry(now.minus(Duration.ofDays(100)), "old", 201));
        rows.insert(entry(now.minus(Duration.ofDays(10)), "kept", 201));

        assertThat(rows.trim(now.minus(Duration.ofDays(90)))).isEqualTo(1);

        assertThat(rows.find(new AuditRows.Query(null, null, null, null, null, 10)))
                .extracting(AuditEntry::actor).containsExactly("kept");
    }
}
