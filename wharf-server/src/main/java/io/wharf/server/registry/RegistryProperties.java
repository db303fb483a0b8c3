package io.wharf.server.registry;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The image registry builds push to ({@code wharf.registry.*}, or {@code WHARF_REGISTRY_*}): its
 * {@code address} (host:port), whether the server runs CNCF Distribution there itself
 * ({@code embedded}), and that program's path ({@code binary}). Another registry, such as Harbor, is
 * named by address with {@code embedded=false}.
 */
@ConfigurationProperties("wharf.registry")
public record RegistryProperties(String address, boolean embedded, Path binary) {
    public RegistryProperties {
        address = address == null || address.isBlank() ? "127.0.0.1:7050" : address.trim();
        binary = binary == null ? Path.of("/usr/bin/docker-registry") : binary;
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || !address.substring(colon + 1).matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("wharf.registry.address must be host:port, was " + address);
        }
    }

    public String host() {
        return address.substring(0, address.lastIndexOf(':'));
    }

    public int port() {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
