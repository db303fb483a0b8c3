package io.wharf.model;

import java.util.List;
import java.util.function.Consumer;

/** Runs a validation and returns the field errors it reported (empty when the input is valid). */
final class Validation {
    private Validation() {
    }

    static List<FieldError> errorsOf(Consumer<Errors> validation) {
        Errors errors = new Errors();
        validation.accept(errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    static List<String> fieldsOf(Consumer<Errors> validation) {
        return errorsOf(validation).stream().map(FieldError::field).toList();
    }
}
