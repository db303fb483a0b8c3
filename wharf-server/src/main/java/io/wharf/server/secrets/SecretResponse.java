package io.wharf.server.secrets;

import io.wharf.model.SecretMount;
import java.time.Instant;

/**
 * A secret as the API shows it: where it appears in the instances (a file {@code path} or an
 * {@code env} variable), its version and when that version was stored. Never its value.
 */
public record SecretResponse(String name, String path, String env, long version, Instant updatedAt) {
    static SecretResponse of(SecretMount secret, Instant updatedAt) {
        return new SecretResponse(secret.name(), secret.asFile() ? secret.path() : null, secret.env(), secret.version(),
                updatedAt);
    }
}
