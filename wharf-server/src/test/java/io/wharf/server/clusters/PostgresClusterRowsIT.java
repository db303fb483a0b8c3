package io.wharf.server.clusters;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The clusters table on PostgreSQL, in a schema of its own so that this test never cleans the tables
 * of other tests running at the same time. WHARF_TEST_POSTGRES_URL, _USER and _PASSWORD as for
 * PostgresJdbcStoreIT.
 */
class PostgresClusterRowsIT extends AbstractClusterRowsTest {
    private static final String SCHEMA = "cluster_rows_test";
    private static final PGSimpleDataSource DATA_SOURCE = new PGSimpleDataSource();

    static {
        DATA_SOURCE.setURL(env("WHARF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/wharf_test"));
        DATA_SOURCE.setUser(env("WHARF_TEST_POSTGRES_USER", "wharf"));
        DATA_SOURCE.setPassword(env("WHARF_TEST_POSTGRES_PASSWORD", "wharf"));
        DATA_SOURCE.setCurrentSchema(SCHEMA);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }

    @Override
    protected Flyway flyway() {
        return Flyway.configure().dataSource(DATA_SOURCE).schemas(SCHEMA).cleanDisabled(false).load();
    }
}
