package io.wharf.server.store;

import io.wharf.server.TestPostgres;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The store on PostgreSQL, the production database (see {@link TestPostgres} for where it is). */
class PostgresJdbcStoreIT extends AbstractJdbcStoreTest {
    private static final PGSimpleDataSource DATA_SOURCE = TestPostgres.dataSource(null);

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }
}
