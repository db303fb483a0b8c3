package io.wharf.server.auth;

import io.wharf.server.config.PrivateFile;
import io.wharf.server.config.WharfHome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/** The admin token, created on first start in $WHARF_HOME/admin.token (mode 0600). */
@Component
public class AdminToken {
    private final byte[] token;

    public AdminToken(WharfHome home) {
        this.token = home.readOrCreateSecret("admin.token", 32).getBytes(StandardCharsets.UTF_8);
        PrivateFile.requireOwnerOnly(home.dir().resolve("admin.token"), "the admin token file");
    }

    /** Compares in constant time, so that timing tells nothing about the token. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
