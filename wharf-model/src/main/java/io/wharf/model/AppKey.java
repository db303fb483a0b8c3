package io.wharf.model;

import java.util.Objects;

/** Identifies an app across the whole installation. */
public record AppKey(String system, String app) {
    public AppKey {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(app, "app");
    }

    @Override
    public String toString() {
        return system + "/" + app;
    }
}
