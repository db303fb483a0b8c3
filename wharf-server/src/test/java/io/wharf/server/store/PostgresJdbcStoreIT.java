package io.wharf.server.store;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store on PostgreSQL, the production database. Needs a running server: .ci/run starts one and
 * creates the role and database; WHARF_TEST_POSTGRES_URL, _USER and _PASSWORD point elsewhere.
 */
class PostgresJdbcStoreIT extends AbstractJdbcStoreTest {
    private static final PGSimpleDataSource DATA_SOURCE = new PGSimpleDataSource();

    static {
        DATA_SOURCE.setURL(env("WHARF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/wharf_test"));
        DATA_SOURCE.setUser(env("WHARF_TEST_POSTGRES_USER", "wharf"));
        DATA_SOURCE.setPassword(env("WHARF_TEST_POSTGRES_PASSWORD", "wharf"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }
}
