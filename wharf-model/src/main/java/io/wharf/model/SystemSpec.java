package io.wharf.model;

import java.time.Instant;
import java.util.Objects;

/** A system: one team's or department's set of apps (a Kubernetes namespace on clusters). */
public record SystemSpec(String name, String description, Instant createdAt) {
    public static final int MAX_DESCRIPTION = 1024;

    public SystemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        description = description == null ? "" : description;
    }

    public static void validate(String name, String description) {
        Errors errors = new Errors();
        Names.check(errors, "name", name);
        errors.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                "must be at most " + MAX_DESCRIPTION + " characters");
        errors.throwIfAny();
    }
}
