package io.wharf.server.audit;

import io.wharf.server.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/** The audit trail on PostgreSQL, in a schema of its own. */
class PostgresAuditTrailIT extends AbstractAuditTrailTest {
    private static final String SCHEMA = "audit_trail_test";
    private static final PGSimpleDataSource DATA_SOURCE = TestPostgres.dataSource(SCHEMA);

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }

    @Override
    protected FluentConfiguration flyway() {
        return super.flyway().schemas(SCHEMA);
    }
}
