package io.wharf.server;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests use: .ci/run starts one and creates the role and database;
 * WHARF_TEST_POSTGRES_URL, _USER and _PASSWORD point elsewhere. A test that cleans its tables while
 * others run takes a schema of its own.
 */
public final class TestPostgres {
    private TestPostgres() {
    }

    /** @param schema the schema to work in, or null for the default one */
    public static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(env("WHARF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/wharf_test"));
        dataSource.setUser(env("WHARF_TEST_POSTGRES_USER", "wharf"));
        dataSource.setPassword(env("WHARF_TEST_POSTGRES_PASSWORD", "wharf"));
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }

    /** Flyway on that schema, allowed to clean it. */
    public static Flyway flyway(PGSimpleDataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).cleanDisabled(false).load();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
