package io.wharf.engine.runtime;

import java.util.Objects;

/** A user name and password for one image registry; the password never appears in {@link #toString()}. */
public record RegistryAuth(String username, String password) {
    public RegistryAuth {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegistryAuth[username=" + username + ", password=(hidden)]";
    }
}
