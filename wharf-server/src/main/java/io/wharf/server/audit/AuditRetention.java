package io.wharf.server.audit;

import io.wharf.server.store.HourlyTrim;
import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Trims the audit trail to its retention, at start and every hour. */
@Component
public class AuditRetention implements DisposableBean {
    private final HourlyTrim trim;

    public AuditRetention(AuditRows rows, AuditProperties properties, Clock clock) {
        trim = new HourlyTrim("audit trail", properties.retention(), clock, rows::trim);
    }

    @Override
    public void destroy() {
        trim.close();
    }
}
