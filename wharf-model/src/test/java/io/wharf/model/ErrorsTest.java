package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void noErrorsMeansNothingIsThrown() {
        Errors errors = new Errors();

        assertThat(errors.isEmpty()).isTrue();
        assertThatNoException().isThrownBy(errors::throwIfAny);
    }

    @Test
    void aPassedCheckAddsNoErrorAndAFailedOneDoes() {
        Errors errors = new Errors().check(true, "a", "never").check(false, "b", "must be set");

        assertThat(errors.isEmpty()).isFalse();
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("b", "must be set")));
    }

    @Test
    void everyErrorIsThrownInTheOrderFoundAndNamedInTheMessage() {
        Errors errors = new Errors().add("resources.cpu", "is bad").add("healthCheck.path", "is missing");

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("resources.cpu", "is bad"), new FieldError("healthCheck.path", "is missing")))
                .hasMessage("resources.cpu: is bad; healthCheck.path: is missing");
    }

    @Test
    void aValidationExceptionForOneFieldReadsAsFieldAndMessage() {
        ValidationException e = ValidationException.of("replicas", "must be between 0 and 1000, was 5000");

        assertThat(e).hasMessage("replicas: must be between 0 and 1000, was 5000");
        assertThat(e.errors()).containsExactly(new FieldError("replicas", "must be between 0 and 1000, was 5000"));
    }

    @Test
    void aValidationExceptionNeedsAtLeastOneError() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theErrorsOfAValidationExceptionCannotBeChangedAfterwards() {
        List<FieldError> list = new ArrayList<>(List.of(new FieldError("name", "is required")));
        ValidationException e = new ValidationException(list);

        list.add(new FieldError("image", "is required"));

        assertThat(e.errors()).hasSize(1);
        assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFieldErrorNeedsAFieldAndAMessage() {
        assertThatThrownBy(() -> new FieldError(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldError("f", null)).isInstanceOf(NullPointerException.class);
    }
}
