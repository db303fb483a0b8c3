package io.wharf.server.config;

import io.wharf.model.AppType;
import io.wharf.model.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Wharf's settings; see application.properties for the defaults. {@code secretKeyFile}
 * ({@code WHARF_SECRET_KEY_FILE}) is the key that encrypts secret values; null: {@code $WHARF_HOME/secret.key}.
 */
@ConfigurationProperties("wharf")
public record WharfProperties(Path home, int port, String bind, String podmanSocket, int maxReplicas,
                              String domain, Engine engine, Gateway gateway, Dns dns, Path secretKeyFile) {
    public record Engine(Integer parallelism, Duration stopGrace, Duration progressDeadline) {
    }

    /**
     * {@code WHARF_GATEWAY_PORT} (0 picks a free port); the clients whose X-Forwarded-For/Forwarded are
     * kept (IPs or CIDRs), how long a client may take to send a request head, open connections per
     * client IP, and how long a TCP relay may stay silent both ways.
     */
    public record Gateway(int port, List<String> trustedProxies, Duration headerTimeout, int maxConnectionsPerIp,
                          Duration tcpIdleTimeout, int workerThreads) {
        public Gateway {
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }
    }

    /**
     * {@code WHARF_DNS_PORT} (0 picks a free port), {@code WHARF_DNS_TTL} in seconds, and the UDP
     * response-rate limit per client prefix (IPv4 /24, IPv6 /56; 0 answers per second turns it off).
     */
    public record Dns(int port, int ttl, RateLimit rateLimit) {
    }

    /** Answers per second and burst per client prefix; every {@code slip}-th limited query gets a TC answer. */
    public record RateLimit(int responsesPerSecond, int burst, int slip) {
    }

    public WharfProperties {
        if (maxReplicas < 0) {
            throw new IllegalArgumentException("wharf.max-replicas must not be negative");
        }
        engine = engine == null ? new Engine(null, null, null) : engine;
    }

    /** The strategy a release of an app of this type rolls out with when the request names none. */
    public Strategy defaultStrategy(AppType type) {
        Duration deadline = engine.progressDeadline();
        int seconds = deadline == null ? Strategy.DEFAULT_DEADLINE_SECONDS : (int) Math.max(1, deadline.toSeconds());
        return Strategy.defaultFor(type, seconds);
    }

    /** The fixed ports Wharf listens on itself (0 means a free port picked at start, so none). */
    public Set<Integer> ownPorts() {
        Set<Integer> ports = new TreeSet<>(List.of(port, gateway == null ? 0 : gateway.port(), dns == null ? 0 : dns.port()));
        ports.remove(0);
        return Set.copyOf(ports);
    }
}
