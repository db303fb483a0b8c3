package io.wharf.server.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and trust settings of the HTTP API ({@code wharf.api.*}, or {@code WHARF_API_*}); see
 * application.properties for the defaults.
 *
 * @param allowedHosts host names, besides loopback and the bind address, that the API answers for
 * @param maxBodyBytes the largest request body accepted (413 above)
 * @param maxConcurrentExec commands running in instances at once through the API (429 above)
 * @param maxConcurrentLogReaders log reads at once (429 above)
 * @param headerTimeout how long a connection may take to send a request's head
 */
@ConfigurationProperties("wharf.api")
public record ApiProperties(List<String> allowedHosts, long maxBodyBytes, int maxConcurrentExec,
                            int maxConcurrentLogReaders, Duration headerTimeout) {
    public ApiProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("wharf.api.max-body-bytes must be at least 1");
        }
        if (maxConcurrentExec < 1 || maxConcurrentLogReaders < 1) {
            throw new IllegalArgumentException("wharf.api.max-concurrent-exec and -log-readers must be at least 1");
        }
    }
}
