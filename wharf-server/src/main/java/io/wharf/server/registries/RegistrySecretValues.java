package io.wharf.server.registries;

import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.AppKey;
import java.util.Objects;
import java.util.Optional;

/** The engine's secret values, with each system's registry credentials for pulling images. */
public final class RegistrySecretValues implements SecretValues {
    private final SecretValues secrets;
    private final RegistryCredentials credentials;

    public RegistrySecretValues(SecretValues secrets, RegistryCredentials credentials) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String value(AppKey app, String name, long version) {
        return secrets.value(app, name, version);
    }

    @Override
    public Optional<RegistryAuth> registryAuth(String system, String registry) {
        return credentials.open(system, registry);
    }
}
