package io.wharf.server.builds;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The V14 tables on the embedded default database. */
class H2BuildRowsTest extends AbstractBuildRowsTest {
    private static final JdbcDataSource DATA_SOURCE = new JdbcDataSource();

    static {
        DATA_SOURCE.setURL("jdbc:h2:mem:build-rows-test;DB_CLOSE_DELAY=-1");
        DATA_SOURCE.setUser("wharf");
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }
}
