package io.wharf.runtime.kubernetes;

import io.wharf.model.App;
import io.wharf.model.ConfigFile;
import io.wharf.model.SecretMount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the objects of one app. Config maps are named by a digest of their content and secrets
 * by their version, so a change is a new object and a new pod template, never an edit in place.
 */
final class ObjectNames {
    private ObjectNames() {
    }

    static String workload(App app) {
        return app.name();
    }

    static String configMap(App app, ConfigFile config) {
        return app.name() + "-config-" + config.name() + "-" + contentHash(config);
    }

    static String secret(App app, SecretMount secret) {
        return app.name() + "-secret-" + secret.name() + "-v" + secret.version();
    }

    static String configVolume(ConfigFile config) {
        return "config-" + config.name();
    }

    static String secretVolume(SecretMount secret) {
        return "secret-" + secret.name();
    }

    /** The first 10 hex digits of the SHA-256 of the path and content: both are what the pod sees. */
    static String contentHash(ConfigFile config) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(config.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(config.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
