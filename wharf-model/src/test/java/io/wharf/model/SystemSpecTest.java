package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemSpecTest {
    @Test
    void aSystemWithoutDescriptionHasAnEmptyOne() {
        assertThat(new SystemSpec("demo", null, Instant.EPOCH).description()).isEmpty();
    }

    @Test
    void aDescriptionMayHave1024CharactersButNotMore() {
        SystemSpec.validate("demo", "d".repeat(1024));

        assertThatThrownBy(() -> SystemSpec.validate("demo", "d".repeat(1025)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("description", "must be at most 1024 characters")));
    }

    @Test
    void aSystemNameMustBeADnsLabel() {
        assertThatThrownBy(() -> SystemSpec.validate("My System", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
    }
}
