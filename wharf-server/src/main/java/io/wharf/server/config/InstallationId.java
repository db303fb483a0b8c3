package io.wharf.server.config;

import org.springframework.stereotype.Component;

/**
 * Names this installation, so that two Wharf servers on one machine (each with its own home)
 * never adopt or remove each other's instances.
 */
@Component
public class InstallationId {
    private final String value;

    public InstallationId(WharfHome home) {
        this.value = home.readOrCreateSecret("installation.id", 9).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "0");
    }

    public String value() {
        return value;
    }
}
