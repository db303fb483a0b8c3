package io.wharf.server.builds;

import io.wharf.server.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** The V14 tables on PostgreSQL, in a schema of their own so that this test never cleans other tests' tables. */
class PostgresBuildRowsIT extends AbstractBuildRowsTest {
    private static final String SCHEMA = "build_rows_test";
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
