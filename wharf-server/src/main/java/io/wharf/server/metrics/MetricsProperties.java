package io.wharf.server.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wharf.metrics.retention} (default 1h): how long the per-app JSON series are kept in memory;
 * {@code wharf.metrics.interval} (default 5s): how often apps are sampled, the finest step they can be read at.
 */
@ConfigurationProperties("wharf.metrics")
public record MetricsProperties(Duration retention, Duration interval) {
    public MetricsProperties {
        retention = retention == null ? Duration.ofHours(1) : retention;
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        if (interval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("wharf.metrics.interval must be at least 100ms, was " + interval);
        }
        if (retention.compareTo(interval) < 0) {
            throw new IllegalArgumentException("wharf.metrics.retention (" + retention
                    + ") must be at least wharf.metrics.interval (" + interval + ")");
        }
    }

    /** How many samples one app's history holds. */
    int capacity() {
        return (int) Math.min(100_000, retention.toMillis() / interval.toMillis() + 1);
    }
}
