package io.wharf.gateway;

import java.time.Duration;
import java.util.Objects;

public record GatewaySettings(
        String bindAddress,
        int port,
        String domain,
        int workerThreads,
        int maxHeaderBytes,
        long maxBodyBytes,
        Duration idleTimeout,
        Duration connectTimeout,
        Duration responseTimeout) {

    public GatewaySettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        require(!bindAddress.isBlank(), "bindAddress must not be blank");
        require(port >= 0 && port <= 65535, "port out of range: " + port);
        require(!domain.isBlank() && !domain.startsWith(".") && !domain.endsWith("."), "bad domain: " + domain);
        require(workerThreads >= 0, "workerThreads must be >= 0");
        require(maxHeaderBytes >= 1024, "maxHeaderBytes must be >= 1024");
        require(maxBodyBytes >= 0 && maxBodyBytes <= Integer.MAX_VALUE, "maxBodyBytes out of range");
        require(positive(idleTimeout) && positive(connectTimeout) && positive(responseTimeout),
                "timeouts must be positive");
        domain = domain.toLowerCase(java.util.Locale.ROOT);
    }

    public static GatewaySettings defaults() {
        return new GatewaySettings("127.0.0.1", 7080, "wharf.localhost", 0, 16384, 10L * 1024 * 1024,
                Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new GatewayException(message);
        }
    }
}
