package io.wharf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A test server with a home of its own: its settings, and its admin token. */
public final class OwnHome {
    private OwnHome() {
    }

    /** The home, and free ports for the gateway and the DNS server so that servers never collide. */
    public static void register(DynamicPropertyRegistry registry, Path home) {
        registry.add("wharf.home", home::toString);
        registry.add("wharf.gateway.port", () -> "0");
        registry.add("wharf.dns.port", () -> "0");
    }

    public static String adminToken(Path home) {
        try {
            return Files.readString(home.resolve("admin.token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the server on {@code port} that sends the admin token. */
    public static ApiClient admin(int port, Path home) {
        return new ApiClient("http://127.0.0.1:" + port, adminToken(home));
    }
}
