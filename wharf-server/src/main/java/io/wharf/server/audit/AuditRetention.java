package io.wharf.server.audit;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Trims the audit trail to its retention, at start and every hour. */
@Component
public class AuditRetention implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "audit-retention");
        thread.setDaemon(true);
        return thread;
    });

    public AuditRetention(AuditRows rows, AuditProperties properties, Clock clock) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int trimmed = rows.trim(clock.instant().minus(properties.retention()));
                if (trimmed > 0) {
                    LOG.info("audit trail: {} entries older than {} removed", trimmed, properties.retention());
                }
            } catch (RuntimeException e) {
                LOG.warn("audit trail: trimming failed, will retry: {}", e.getMessage());
            }
        }, 1, 3600, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
