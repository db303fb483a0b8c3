package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecCommandTest {
    @Test
    void aCommandOfOneToSixtyFourArgumentsIsKeptAsItIs() {
        assertThat(ExecCommand.check(List.of("/bin/sh", "-c", "echo $HOME; ls | wc -l"))).containsExactly("/bin/sh", "-c",
                "echo $HOME; ls | wc -l");
        assertThat(ExecCommand.check(Collections.nCopies(64, "x"))).hasSize(64);
        assertThat(ExecCommand.problem(List.of("cat", "a".repeat(4096)))).isNull();
    }

    @Test
    void noArgumentsOrMoreThanSixtyFourAreRefused() {
        assertThat(ExecCommand.problem(List.of())).contains("1 to 64 arguments, not 0");
        assertThat(ExecCommand.problem(null)).contains("1 to 64 arguments");
        assertThat(ExecCommand.problem(Collections.nCopies(65, "x"))).contains("not 65");
    }

    @Test
    void aLongArgumentANulOrANullOrABlankProgramIsRefusedNamingTheArgument() {
        assertThat(ExecCommand.problem(List.of("cat", "a".repeat(4097)))).isEqualTo("argument 1 is longer than 4096 characters");
        assertThat(ExecCommand.problem(List.of("echo", "a\0b"))).isEqualTo("argument 1 holds a NUL character");
        List<String> withNull = new ArrayList<>(List.of("echo"));
        withNull.add(null);
        assertThat(ExecCommand.problem(withNull)).isEqualTo("argument 1 is null");
        assertThat(ExecCommand.problem(List.of(" ", "x"))).contains("blank");
        assertThatThrownBy(() -> ExecCommand.check(List.of("echo", "a\0b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("command argument 1 holds a NUL character");
    }
}
