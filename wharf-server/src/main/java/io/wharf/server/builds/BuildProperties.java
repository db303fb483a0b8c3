package io.wharf.server.builds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wharf.builds.*}: how long a build may run (default 20 min), how many run at once (default 1,
 * the rest wait in order), the podman command, and whether git sources may be {@code file://} URLs
 * (default no: such a URL reads any repository on the server's own disk).
 */
@ConfigurationProperties("wharf.builds")
public record BuildProperties(Duration timeout, Integer concurrency, String podman, Boolean allowFileUrls) {
    public BuildProperties {
        timeout = timeout == null ? Duration.ofMinutes(20) : timeout;
        concurrency = concurrency == null ? 1 : concurrency;
        podman = podman == null || podman.isBlank() ? "podman" : podman;
        allowFileUrls = Boolean.TRUE.equals(allowFileUrls);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("wharf.builds.timeout must be positive");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("wharf.builds.concurrency must be at least 1");
        }
    }
}
