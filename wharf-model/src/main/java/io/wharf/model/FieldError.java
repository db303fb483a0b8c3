package io.wharf.model;

import java.util.Objects;

/** One invalid input field: its JSON path (for example {@code resources.memory}) and what to fix. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
