package io.wharf.model;

import java.util.Objects;

/**
 * Where a secret of the app appears in its instances: as a file at {@code path} (read-only, owner
 * only) or as the environment variable {@code env}. The value is stored apart, encrypted, by
 * {@code version}; a new value is a new version and so a new release.
 */
public record SecretMount(String name, String path, String env, long version) {
    public static final String DEFAULT_DIRECTORY = "/run/secrets/";

    public SecretMount {
        Objects.requireNonNull(name, "name");
        if (path == null && env == null) {
            path = DEFAULT_DIRECTORY + name;
        }
    }

    public boolean asFile() {
        return env == null;
    }

    void validate(Errors errors, String field) {
        Names.check(errors, field + ".name", name);
        errors.check(path == null || env == null, field, "is delivered either as a file (path) or as an env variable");
        if (env != null) {
            AppTemplate.checkEnvName(errors, field + ".env", env);
        } else {
            MountPaths.check(errors, field + ".path", path);
        }
        errors.check(version >= 1, field + ".version", "must be at least 1");
    }
}
