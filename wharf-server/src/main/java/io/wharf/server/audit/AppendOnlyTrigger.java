package io.wharf.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.h2.api.Trigger;

/**
 * H2's guard of the audit trail (PostgreSQL has the same in plpgsql): no update, and no delete of an
 * entry younger than {@link #MIN_AGE}, so that only the retention job's trimming gets through.
 */
public final class AppendOnlyTrigger implements Trigger {
    static final Duration MIN_AGE = Duration.ofDays(7);
    private static final int AT = 1;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && oldRow[AT] instanceof OffsetDateTime at && at.isBefore(OffsetDateTime.now().minus(MIN_AGE))) {
            return;
        }
        throw new SQLException("the audit trail is append-only: " + (delete ? "DELETE" : "UPDATE") + " refused");
    }
}
