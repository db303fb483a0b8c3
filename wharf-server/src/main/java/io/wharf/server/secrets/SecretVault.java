package io.wharf.server.secrets;

import io.wharf.model.AppKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * Seals secret values into the store and opens them again. Each value is bound to its app, name
 * and version by the associated data. Never logs and never puts a value in an exception message.
 */
public final class SecretVault {
    private final SecretCipher cipher;
    private final SecretRows rows;

    public SecretVault(SecretCipher cipher, SecretRows rows) {
        this.cipher = cipher;
        this.rows = rows;
    }

    /** Stores {@code value} as the next version of the secret and returns that version. */
    public long store(AppKey app, String name, String value, Instant now) {
        long version = rows.latestVersion(app, name) + 1;
        rows.insert(app, name, version, cipher.seal(value.getBytes(StandardCharsets.UTF_8),
                associatedData(app, name, version)), now);
        return version;
    }

    /** The clear value of one version; empty when that version was never stored. */
    public Optional<String> open(AppKey app, String name, long version) throws AEADBadTagException {
        Optional<SecretRows.Row> row = rows.find(app, name, version);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        byte[] plain = cipher.open(row.get().sealed(), associatedData(app, name, version));
        return Optional.of(new String(plain, StandardCharsets.UTF_8));
    }

    public Optional<Instant> storedAt(AppKey app, String name, long version) {
        return rows.find(app, name, version).map(SecretRows.Row::createdAt);
    }

    /** Names are DNS labels, so a NUL separator cannot be forged by a name. */
    static byte[] associatedData(AppKey app, String name, long version) {
        return ("wharf-secret\0" + app.system() + "\0" + app.app() + "\0" + name + "\0" + version)
                .getBytes(StandardCharsets.UTF_8);
    }
}
