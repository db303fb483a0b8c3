package io.wharf.server.users;

import io.wharf.server.config.WharfHome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** User tokens: {@code wharf_} and 32 random bytes; only their SHA-256 is ever stored. */
public final class TokenSecrets {
    public static final String PREFIX = "wharf_";

    private TokenSecrets() {
    }

    static String newToken() {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(WharfHome.random(32));
    }

    static String newId() {
        return HexFormat.of().formatHex(WharfHome.random(8));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
