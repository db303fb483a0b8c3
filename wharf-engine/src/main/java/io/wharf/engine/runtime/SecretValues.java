package io.wharf.engine.runtime;

import io.wharf.model.AppKey;
import java.util.Optional;

/** Where the engine reads a secret's clear value when it starts an instance; the store keeps it encrypted. */
@FunctionalInterface
public interface SecretValues {
    SecretValues NONE = (app, name, version) -> {
        throw new io.wharf.engine.EngineException("no secret store: secret " + name + " of " + app + " is unavailable");
    };

    /** @throws io.wharf.engine.EngineException when that version of the secret does not exist */
    String value(AppKey app, String name, long version);

    /**
     * The system's credentials for an image registry ({@code host} or {@code host:port}, as in the
     * image reference), to pull its images; empty: pull without credentials.
     */
    default Optional<RegistryAuth> registryAuth(String system, String registry) {
        return Optional.empty();
    }
}
