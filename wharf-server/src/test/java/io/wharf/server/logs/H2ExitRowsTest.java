package io.wharf.server.logs;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The V16 table on the embedded default database. */
class H2ExitRowsTest extends AbstractExitRowsTest {
    private static final JdbcDataSource DATA_SOURCE = new JdbcDataSource();

    static {
        DATA_SOURCE.setURL("jdbc:h2:mem:exit-rows-test;DB_CLOSE_DELAY=-1");
        DATA_SOURCE.setUser("wharf");
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }
}
