package io.wharf.server.terminal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The interactive terminal's settings ({@code wharf.api.terminal.*}, or {@code WHARF_API_TERMINAL_*});
 * see application.properties for the defaults. The sessions open at once count against
 * {@code wharf.api.max-concurrent-exec}.
 *
 * @param pingInterval how often the server pings the client, so that proxies keep the connection open
 * @param idleTimeout  a session with no input and no output for this long is closed
 */
@ConfigurationProperties("wharf.api.terminal")
public record TerminalProperties(Duration pingInterval, Duration idleTimeout) {
    public TerminalProperties {
        if (pingInterval == null || pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("wharf.api.terminal.ping-interval must be positive, such as 30s");
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("wharf.api.terminal.idle-timeout must be positive, such as 10m");
        }
    }
}
