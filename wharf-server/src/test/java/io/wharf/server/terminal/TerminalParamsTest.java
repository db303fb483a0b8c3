package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalParamsTest {
    @Test
    void eachCommandParameterIsOneArgumentAndTheFlagsDefaultToFalse() {
        assertThat(TerminalParams.of(List.of("sh", "-c", "echo $HOME; ls"), null, null))
                .isEqualTo(new TerminalParams(List.of("sh", "-c", "echo $HOME; ls"), false, false));
        assertThat(TerminalParams.of(List.of("sh"), "true", "true")).isEqualTo(new TerminalParams(List.of("sh"), true, true));
    }

    @Test
    void badValuesAreNamedAllAtOnce() {
        assertThatThrownBy(() -> TerminalParams.of(null, "yes", "1")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("command", "stdin", "tty"));
    }

    @Test
    void theCommandFollowsExecsRules() {
        assertThatThrownBy(() -> TerminalParams.of(Collections.nCopies(65, "x"), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 64 arguments");
        assertThatThrownBy(() -> TerminalParams.of(List.of("sh", "a\0b"), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> TerminalParams.of(List.of(" "), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("blank");
    }
}
