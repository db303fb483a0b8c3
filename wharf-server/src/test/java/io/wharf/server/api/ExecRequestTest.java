package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecRequestTest {
    @Test
    void withoutATimeoutTheCommandHasThirtySeconds() {
        ExecRequest request = new ExecRequest(List.of("ls", "-l"), null);

        request.validate();

        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new ExecRequest(List.of("ls"), 300).timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aMissingEmptyOrTooLongCommandIsInvalidNamingCommand() {
        for (List<String> command : Arrays.asList(null, List.<String>of(), Collections.nCopies(65, "x"),
                List.of("cat", "a".repeat(4097)), List.of("echo", "a\0b"))) {
            assertThatThrownBy(() -> new ExecRequest(command, 30).validate()).isInstanceOfSatisfying(
                    ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("command"));
        }
    }

    @Test
    void aTimeoutOutsideOneToThreeHundredSecondsIsInvalidAndBothFieldsAreReported() {
        assertThatThrownBy(() -> new ExecRequest(List.of("ls"), 301).validate()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("between 1 and 300");
        assertThatThrownBy(() -> new ExecRequest(List.of(), 0).validate()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("command", "timeoutSeconds"));
    }
}
