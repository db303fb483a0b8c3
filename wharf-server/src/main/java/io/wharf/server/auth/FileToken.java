package io.wharf.server.auth;

import io.wharf.server.config.PrivateFile;
import io.wharf.server.config.WharfHome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A token kept in a file of $WHARF_HOME (mode 0600), created on first start. */
public abstract class FileToken {
    private final byte[] token;

    protected FileToken(WharfHome home, String file, String what) {
        this.token = home.readOrCreateSecret(file, 32).getBytes(StandardCharsets.UTF_8);
        PrivateFile.requireOwnerOnly(home.dir().resolve(file), what);
    }

    /** Compares in constant time, so that timing tells nothing about the token. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
