package io.wharf.server.audit;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The audit trail on the embedded default database. */
class H2AuditTrailTest extends AbstractAuditTrailTest {
    private static final JdbcDataSource DATA_SOURCE = new JdbcDataSource();

    static {
        DATA_SOURCE.setURL("jdbc:h2:mem:audit-trail-test;DB_CLOSE_DELAY=-1");
        DATA_SOURCE.setUser("wharf");
    }

    @Override
    protected DataSource dataSource() {
        return DATA_SOURCE;
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
