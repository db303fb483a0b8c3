package io.wharf.server.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The store on the embedded default database. */
class H2JdbcStoreTest extends AbstractJdbcStoreTest {
    private static final JdbcDataSource DATA_SOURCE = new JdbcDataSource();

    static {
        DATA_SOURCE.setURL("jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1");
        DATA_SOURCE.setUser("wharf");
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }
}
