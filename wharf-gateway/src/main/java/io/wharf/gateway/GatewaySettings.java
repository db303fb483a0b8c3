package io.wharf.gateway;

import java.time.Duration;
import java.util.List;
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
        Duration responseTimeout,
        long heldResponseBytes,
        Duration upgradedIdleTimeout,
        Duration headerTimeout,
        int maxConnectionsPerIp,
        List<String> trustedProxies) {

    /** Responses of idempotent requests up to this size are held until complete, so they can be retried. */
    public static final long DEFAULT_HELD_RESPONSE_BYTES = 64 * 1024;
    /** How long an upgraded connection (a WebSocket) may stay silent both ways. */
    public static final Duration DEFAULT_UPGRADED_IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** How long a client may take to send a whole request head (slowloris). */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** Open client connections allowed from one IP address. */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_IP = 256;

    public GatewaySettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(upgradedIdleTimeout, "upgradedIdleTimeout");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        trustedProxies = List.copyOf(trustedProxies);
        TrustedProxies.parse(trustedProxies);
        require(maxConnectionsPerIp > 0, "maxConnectionsPerIp must be positive");
        require(!bindAddress.isBlank(), "bindAddress must not be blank");
        require(port >= 0 && port <= 65535, "port out of range: " + port);
        require(!domain.isBlank() && !domain.startsWith(".") && !domain.endsWith("."), "bad domain: " + domain);
        require(workerThreads >= 0, "workerThreads must be >= 0");
        require(maxHeaderBytes >= 1024, "maxHeaderBytes must be >= 1024");
        require(maxBodyBytes >= 0 && maxBodyBytes <= Integer.MAX_VALUE, "maxBodyBytes out of range");
        require(positive(idleTimeout) && positive(connectTimeout) && positive(responseTimeout)
                && positive(upgradedIdleTimeout) && positive(headerTimeout), "timeouts must be positive");
        require(heldResponseBytes >= 0 && heldResponseBytes <= Integer.MAX_VALUE, "heldResponseBytes out of range");
        domain = domain.toLowerCase(java.util.Locale.ROOT);
    }

    /** With the default {@link #heldResponseBytes()} and {@link #upgradedIdleTimeout()}. */
    public GatewaySettings(String bindAddress, int port, String domain, int workerThreads, int maxHeaderBytes,
                           long maxBodyBytes, Duration idleTimeout, Duration connectTimeout, Duration responseTimeout) {
        this(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes, idleTimeout, connectTimeout,
                responseTimeout, DEFAULT_HELD_RESPONSE_BYTES, DEFAULT_UPGRADED_IDLE_TIMEOUT);
    }

    /** With the defaults of the settings added since: header timeout, connections per IP, no trusted proxy. */
    public GatewaySettings(String bindAddress, int port, String domain, int workerThreads, int maxHeaderBytes,
                           long maxBodyBytes, Duration idleTimeout, Duration connectTimeout, Duration responseTimeout,
                           long heldResponseBytes, Duration upgradedIdleTimeout) {
        this(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes, idleTimeout, connectTimeout,
                responseTimeout, heldResponseBytes, upgradedIdleTimeout, DEFAULT_HEADER_TIMEOUT,
                DEFAULT_MAX_CONNECTIONS_PER_IP, List.of());
    }

    public static GatewaySettings defaults() {
        return new GatewaySettings("127.0.0.1", 7080, "wharf.localhost", 0, 16384, 10L * 1024 * 1024,
                Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public GatewaySettings withPort(int newPort) {
        return new GatewaySettings(bindAddress, newPort, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, upgradedIdleTimeout, headerTimeout,
                maxConnectionsPerIp, trustedProxies);
    }

    /** Event loops for client connections; 0 leaves the transport's default. */
    public GatewaySettings withWorkerThreads(int threads) {
        return new GatewaySettings(bindAddress, port, domain, threads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, upgradedIdleTimeout, headerTimeout,
                maxConnectionsPerIp, trustedProxies);
    }

    public GatewaySettings withHeldResponseBytes(long bytes) {
        return new GatewaySettings(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, bytes, upgradedIdleTimeout, headerTimeout,
                maxConnectionsPerIp, trustedProxies);
    }

    public GatewaySettings withUpgradedIdleTimeout(Duration timeout) {
        return new GatewaySettings(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, timeout, headerTimeout,
                maxConnectionsPerIp, trustedProxies);
    }

    public GatewaySettings withHeaderTimeout(Duration timeout) {
        return new GatewaySettings(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, upgradedIdleTimeout, timeout,
                maxConnectionsPerIp, trustedProxies);
    }

    public GatewaySettings withMaxConnectionsPerIp(int connections) {
        return new GatewaySettings(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, upgradedIdleTimeout, headerTimeout,
                connections, trustedProxies);
    }

    /** Clients whose X-Forwarded-* and Forwarded headers are kept and appended to: IPs or CIDR blocks. */
    public GatewaySettings withTrustedProxies(List<String> proxies) {
        return new GatewaySettings(bindAddress, port, domain, workerThreads, maxHeaderBytes, maxBodyBytes,
                idleTimeout, connectTimeout, responseTimeout, heldResponseBytes, upgradedIdleTimeout, headerTimeout,
                maxConnectionsPerIp, proxies);
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
