package io.wharf.server.secrets;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.AppKey;
import javax.crypto.AEADBadTagException;

/** Where the engine reads the clear value of a secret when it starts an instance: the vault. */
public final class StoredSecretValues implements SecretValues {
    private final SecretVault vault;

    public StoredSecretValues(SecretVault vault) {
        this.vault = vault;
    }

    @Override
    public String value(AppKey app, String name, long version) {
        try {
            return vault.open(app, name, version).orElseThrow(() -> new EngineException("version " + version
                    + " of secret " + name + " of " + app + " is not stored"));
        } catch (AEADBadTagException e) {
            throw new EngineException("version " + version + " of secret " + name + " of " + app
                    + " cannot be decrypted: it was changed in the database, or the secret key file is not the one"
                    + " it was stored with");
        }
    }
}
