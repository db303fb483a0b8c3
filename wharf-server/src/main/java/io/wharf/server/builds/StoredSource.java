package io.wharf.server.builds;

import io.wharf.server.secrets.SecretCipher;
import java.time.Instant;
import java.util.Objects;

/** A source row: the password and webhook secret sealed (null when not set). */
public record StoredSource(String url, String ref, String dockerfile, String context, String username,
                           SecretCipher.Sealed password, boolean autoDeploy, SecretCipher.Sealed webhookSecret,
                           Instant updatedAt) {
    public StoredSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
