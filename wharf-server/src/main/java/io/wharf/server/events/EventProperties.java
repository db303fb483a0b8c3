package io.wharf.server.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wharf.events.*} ({@code WHARF_EVENTS_*}): how long events are kept ({@code retention}, at least
 * one hour), how often a follow request looks for new ones ({@code poll}) and how often it sends an
 * empty line when nothing happened ({@code keepAlive}), so that a client that went away is noticed.
 */
@ConfigurationProperties("wharf.events")
public record EventProperties(Duration retention, Duration poll, Duration keepAlive) {
    public EventProperties {
        retention = retention == null ? Duration.ofDays(7) : retention;
        poll = poll == null ? Duration.ofMillis(250) : poll;
        keepAlive = keepAlive == null ? Duration.ofSeconds(15) : keepAlive;
        if (retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("wharf.events.retention must be at least 1h, was " + retention);
        }
        if (poll.isNegative() || poll.isZero() || keepAlive.compareTo(poll) < 0) {
            throw new IllegalArgumentException("wharf.events.poll must be positive and at most wharf.events.keep-alive");
        }
    }
}
