package io.wharf.server.logs;

import io.wharf.server.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** The V16 table on PostgreSQL, in a schema of its own so that this test never cleans other tests' tables. */
class PostgresExitRowsIT extends AbstractExitRowsTest {
    private static final String SCHEMA = "exit_rows_test";
    private static final PGSimpleDataSource DATA_SOURCE = TestPostgres.dataSource(SCHEMA);

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }

    @Override
    protected Flyway flyway() {
        return TestPostgres.flyway(DATA_SOURCE, SCHEMA);
    }
}
