package io.wharf.model;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so that one request reports all of its problems at once. */
public final class Errors {
    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds the error when {@code ok} is false. */
    public Errors check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
