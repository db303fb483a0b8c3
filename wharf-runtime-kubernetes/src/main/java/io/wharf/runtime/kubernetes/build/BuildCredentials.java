package io.wharf.runtime.kubernetes.build;

import io.wharf.engine.runtime.RegistryAuth;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The clear values a build needs, which reach the pod only through Secrets: a git login (null:
 * none), the registry's push credential (null: none) and the build secrets by id. Never shown by
 * {@link #toString()}.
 */
public record BuildCredentials(String gitUsername, String gitPassword, RegistryAuth registry,
                               Map<String, String> secrets) {
    public BuildCredentials {
        if ((gitUsername == null) != (gitPassword == null)) {
            throw new IllegalArgumentException("a git credential needs both a user name and a password");
        }
        secrets = Map.copyOf(new TreeMap<>(secrets == null ? Map.of() : secrets));
        secrets.values().forEach(v -> Objects.requireNonNull(v, "a build secret's value"));
    }

    public static BuildCredentials none() {
        return new BuildCredentials(null, null, null, Map.of());
    }

    boolean hasGitLogin() {
        return gitUsername != null;
    }

    @Override
    public String toString() {
        return "BuildCredentials[git=" + (hasGitLogin() ? gitUsername + ":(hidden)" : "none") + ", registry="
                + registry + ", secrets=" + secrets.keySet() + "]";
    }
}
