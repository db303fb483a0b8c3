package io.wharf.server.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Wharf's settings; see application.properties for the defaults. */
@ConfigurationProperties("wharf")
public record WharfProperties(Path home, int port, String bind, String podmanSocket, int maxReplicas,
                              Engine engine) {
    public record Engine(Integer parallelism, Duration stopGrace, Duration progressDeadline) {
    }

    public WharfProperties {
        if (maxReplicas < 0) {
            throw new IllegalArgumentException("wharf.max-replicas must not be negative");
        }
        engine = engine == null ? new Engine(null, null, null) : engine;
    }
}
