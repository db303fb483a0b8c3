package io.wharf.server.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code wharf.audit.retention} ({@code WHARF_AUDIT_RETENTION}): how long entries are kept; at least 7 days. */
@ConfigurationProperties("wharf.audit")
public record AuditProperties(Duration retention) {
    public AuditProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
        if (retention.compareTo(AppendOnlyTrigger.MIN_AGE) < 0) {
            throw new IllegalArgumentException("wharf.audit.retention must be at least 7d, was " + retention);
        }
    }
}
