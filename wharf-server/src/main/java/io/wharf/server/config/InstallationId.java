package io.wharf.server.config;

import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Names this installation, so that two Wharf servers on one machine (each with its own home)
 * never adopt or remove each other's instances. Lowercase hex, as written to {@code installation.id}.
 */
@Component
public class InstallationId {
    private final String value;

    public InstallationId(WharfHome home) {
        this.value = home.readOrCreate("installation.id", HexFormat.of().formatHex(WharfHome.random(6)))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "0");
    }

    public String value() {
        return value;
    }
}
